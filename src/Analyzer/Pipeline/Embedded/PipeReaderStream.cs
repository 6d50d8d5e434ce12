using Analyzer.Bundles;

namespace Analyzer.Pipeline.Embedded;

/// <summary>The reading end of a <see cref="ChunkPipe"/> as the forward-only stream a parser expects.</summary>
internal sealed class PipeReaderStream(ChunkPipe pipe) : ReadOnlyForwardStream
{
    public override int Read(Span<byte> buffer) => pipe.Read(buffer);
}

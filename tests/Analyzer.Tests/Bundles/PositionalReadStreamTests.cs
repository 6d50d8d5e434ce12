using Analyzer.Bundles;

namespace Analyzer.Tests.Bundles;

/// <summary>A second reader of an open file sees every byte from the first, whatever the first reader does meanwhile.</summary>
public sealed class PositionalReadStreamTests : IDisposable
{
    private readonly string _path = Path.Combine(Directory.CreateTempSubdirectory("triage-pread-").FullName, "data.bin");

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_path)!, recursive: true);

    [Fact]
    public void Reads_the_whole_file_from_its_start_while_the_stream_on_the_same_handle_moves_on()
    {
        var bytes = new byte[300_000];
        new Random(7).NextBytes(bytes);
        File.WriteAllBytes(_path, bytes);
        using var file = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        file.ReadExactly(new byte[1000]);
        var again = new PositionalReadStream(file.SafeFileHandle);

        var copy = new MemoryStream();
        var buffer = new byte[7919];
        int n;
        while ((n = again.Read(buffer)) > 0)
        {
            copy.Write(buffer, 0, n);
            file.ReadAtLeast(new byte[10], 1, throwOnEndOfStream: false); // the first reader goes on in between
        }

        Assert.Equal(bytes, copy.ToArray());
        Assert.Equal(0, again.Read(buffer));
        Assert.Equal(0, again.Read(Span<byte>.Empty));
    }
}

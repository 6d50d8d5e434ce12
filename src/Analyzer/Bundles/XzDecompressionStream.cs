using System.Runtime.InteropServices;

namespace Analyzer.Bundles;

/// <summary>
/// Decodes .xz data through the system liblzma as a forward-only stream. Damage surfaces as
/// <see cref="InvalidDataException"/> (corrupt data) or <see cref="EndOfStreamException"/> (input ends mid-stream).
/// Does not own the compressed input.
/// </summary>
internal sealed class XzDecompressionStream : ReadOnlyForwardStream
{
    private const int BufferSize = 64 * 1024;

    // Enough for any preset of xz (the largest, -9e, needs 65 MiB to decode) while refusing absurd dictionaries.
    private const ulong MemoryLimit = 512UL << 20;

    private readonly Stream compressed;

    // Pinned for the decoder's lifetime: liblzma keeps next_in pointing into the input buffer between calls.
    private readonly byte[] input = GC.AllocateUninitializedArray<byte>(BufferSize, pinned: true);
    private readonly byte[] output = GC.AllocateUninitializedArray<byte>(BufferSize, pinned: true);
    private LzmaStream state;
    private int outputStart;
    private int outputEnd;
    private bool inputEnded;
    private bool streamEnded;
    private bool disposed;

    // Damage found in a call that still decoded bytes: those bytes are handed out first, then this is thrown.
    private Exception? pendingFault;

    public XzDecompressionStream(Stream compressed)
    {
        this.compressed = compressed;
        LzmaReturn result;
        try
        {
            result = LzmaNative.StreamDecoder(ref state, MemoryLimit, LzmaNative.Concatenated);
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            disposed = true;
            throw new LzmaUnavailableException(
                $"{LzmaNative.LibraryName} is not available on this system, so .xz data cannot be read", exception);
        }

        if (result != LzmaReturn.Ok)
        {
            disposed = true;
            throw new IOException($"cannot start the xz decoder: {Describe(result)}");
        }
    }

    // liblzma's state lives in native memory; a stream that was never disposed must still release it.
    ~XzDecompressionStream() => Dispose(false);

    public override int Read(Span<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (buffer.IsEmpty)
        {
            return 0;
        }

        while (outputStart == outputEnd)
        {
            if (streamEnded)
            {
                return 0;
            }

            if (pendingFault is { } fault)
            {
                pendingFault = null;
                streamEnded = true;
                throw fault;
            }

            DecodeMore();
        }

        var count = Math.Min(buffer.Length, outputEnd - outputStart);
        output.AsSpan(outputStart, count).CopyTo(buffer);
        outputStart += count;
        return count;
    }

    private void DecodeMore()
    {
        if (state.AvailIn == 0 && !inputEnded)
        {
            var read = compressed.Read(input, 0, input.Length);
            inputEnded = read == 0;
            state.NextIn = Marshal.UnsafeAddrOfPinnedArrayElement(input, 0);
            state.AvailIn = (nuint)read;
        }

        state.NextOut = Marshal.UnsafeAddrOfPinnedArrayElement(output, 0);
        state.AvailOut = (nuint)output.Length;

        // With concatenated streams liblzma only knows the data is complete once told there is no more input.
        var result = LzmaNative.Code(ref state, inputEnded ? LzmaNative.ActionFinish : LzmaNative.ActionRun);
        outputStart = 0;
        outputEnd = output.Length - (int)state.AvailOut;

        Exception? fault = result switch
        {
            LzmaReturn.Ok => null,
            LzmaReturn.StreamEnd => null,
            LzmaReturn.BufError when inputEnded => new EndOfStreamException(
                $"xz data ends unexpectedly after {state.TotalIn} compressed bytes (truncated file); " +
                $"{state.TotalOut} bytes were decoded"),
            _ => new InvalidDataException(
                $"xz data is corrupt at about byte {state.TotalIn} of the compressed input: {Describe(result)}; " +
                $"{state.TotalOut} bytes were decoded before it, the last of them possibly damaged too"),
        };
        streamEnded = result == LzmaReturn.StreamEnd;
        if (fault is null)
        {
            return;
        }

        // liblzma hands out what it decoded up to the damage in the same call that reports it: deliver that first.
        if (outputEnd > 0)
        {
            pendingFault = fault;
            return;
        }

        throw fault;
    }

    protected override void Dispose(bool disposing)
    {
        if (!disposed)
        {
            disposed = true;
            LzmaNative.End(ref state);
        }

        base.Dispose(disposing);
    }

    private static string Describe(LzmaReturn result) => result switch
    {
        LzmaReturn.MemError => "out of memory",
        LzmaReturn.MemLimitError => $"decoding would need more than {MemoryLimit >> 20} MiB of memory",
        LzmaReturn.FormatError => "not in the .xz format",
        LzmaReturn.OptionsError => "unsupported compression options",
        LzmaReturn.DataError => "compressed data is corrupt",
        LzmaReturn.BufError => "no progress possible (data is truncated or corrupt)",
        _ => $"liblzma error {result}",
    };
}

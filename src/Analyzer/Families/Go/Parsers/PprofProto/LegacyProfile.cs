using System.Buffers.Binary;

namespace Analyzer.Families.Go.Parsers.PprofProto;

/// <summary>
/// Profiles written before profile.proto: runtime/pprof until Go 1.9 and gperftools wrote CPU profiles as machine
/// words (google/pprof legacy_profile.go): a header 0, 3, 0, sampling period in µs, 0, in the writer's word size
/// (4 or 8 bytes) and byte order. We do not decode them: pprof converts them given the binary.
/// </summary>
internal static class LegacyProfile
{
    public const string Conversion = "`go tool pprof -proto BINARY FILE > profile.pb.gz` (with the binary that wrote it)";

    /// <summary>The sampling period in µs when <paramref name="data"/> starts with the legacy CPU header.</summary>
    public static long? CpuPeriodMicros(ReadOnlySpan<byte> data)
    {
        foreach (var wordSize in (ReadOnlySpan<int>)[8, 4])
        {
            foreach (var bigEndian in (ReadOnlySpan<bool>)[false, true])
            {
                if (data.Length < 5 * wordSize)
                    continue;
                var w0 = Word(data, 0, wordSize, bigEndian);
                var period = Word(data, 3, wordSize, bigEndian);
                if (w0 == 0 && Word(data, 1, wordSize, bigEndian) == 3 && Word(data, 2, wordSize, bigEndian) == 0
                    && period is > 0 and < 100_000_000 && Word(data, 4, wordSize, bigEndian) == 0)
                    return (long)period;
            }
        }
        return null;
    }

    private static ulong Word(ReadOnlySpan<byte> data, int index, int size, bool bigEndian)
    {
        var word = data.Slice(index * size, size);
        return size == 8
            ? bigEndian ? BinaryPrimitives.ReadUInt64BigEndian(word) : BinaryPrimitives.ReadUInt64LittleEndian(word)
            : bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(word) : BinaryPrimitives.ReadUInt32LittleEndian(word);
    }
}

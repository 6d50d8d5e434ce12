using System.Buffers.Binary;
using System.Text;
using Analyzer.Detection;
using Analyzer.Families.Go.Parsers.PprofProto;
using Analyzer.Inventory;

namespace Analyzer.Tests.Parsers.PprofProto;

/// <summary>
/// Binaries named like profiles that are not profile.proto: the legacy binary CPU format (runtime/pprof before Go 1.9,
/// gperftools) is named with the command that converts it, and the input is unrecognized, not failed.
/// </summary>
public sealed class PprofLegacyTests
{
    /// <summary>
    /// The legacy CPU layout (google/pprof legacy_profile.go, parseCPU): header words 0, 3, 0, period in µs, 0; then
    /// records (count, depth, PCs); the trailer 0, 1, 0; then /proc/self/maps text.
    /// </summary>
    private static byte[] LegacyCpu(int wordSize, bool bigEndian, long periodMicros = 10_000)
    {
        var words = new List<ulong> { 0, 3, 0, (ulong)periodMicros, 0 };
        words.AddRange([12, 3, 0x45a1e0, 0x4b2c11, 0x4013f7]);
        words.AddRange([5, 2, 0x45a3c4, 0x4013f7]);
        words.AddRange([0, 1, 0]);
        var bytes = new List<byte>();
        foreach (var w in words)
        {
            var buffer = new byte[wordSize];
            if (wordSize == 8 && bigEndian) BinaryPrimitives.WriteUInt64BigEndian(buffer, w);
            else if (wordSize == 8) BinaryPrimitives.WriteUInt64LittleEndian(buffer, w);
            else if (bigEndian) BinaryPrimitives.WriteUInt32BigEndian(buffer, (uint)w);
            else BinaryPrimitives.WriteUInt32LittleEndian(buffer, (uint)w);
            bytes.AddRange(buffer);
        }
        bytes.AddRange(Encoding.ASCII.GetBytes("00400000-0052b000 r-xp 00000000 fd:01 1835122    /usr/local/bin/kvstore\n"));
        return [.. bytes];
    }

    [Theory]
    [InlineData(8, false)]
    [InlineData(4, false)]
    [InlineData(8, true)]
    public void Legacy_binary_cpu_profile_is_unrecognized_with_the_conversion(int wordSize, bool bigEndian)
    {
        var run = PprofHarness.Run(LegacyCpu(wordSize, bigEndian), "profiles/cpu.pb");
        Assert.Equal(InputStatus.Unrecognized, run.Context.Status);
        Assert.Empty(run.Facts);
        var reason = Assert.Single(run.Context.Problems);
        Assert.Contains("legacy binary CPU profile", reason, StringComparison.Ordinal);
        Assert.Contains("10000 µs", reason, StringComparison.Ordinal);
        Assert.Contains("go tool pprof -proto", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Gzipped_legacy_profile_named_pb_gz_is_claimed_by_name_and_unrecognized()
    {
        var raw = LegacyCpu(8, false);
        var gz = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(gz, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
            gzip.Write(raw);
        var bytes = gz.ToArray();
        var probe = new EntryProbe("cpu.pb.gz", bytes, complete: true);
        Assert.Equal(DetectionConfidence.Name, new PprofProtoParser().Detect(probe));
        var run = PprofHarness.Run(bytes, "cpu.pb.gz");
        Assert.Equal(InputStatus.Unrecognized, run.Context.Status);
        Assert.Contains("legacy binary CPU profile", run.Context.Problems[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Other_binary_named_like_a_profile_is_unrecognized_not_failed()
    {
        var run = PprofHarness.Run([0xff, 0xff, 0xff, 0x07, 0x10, 0x00], "heap.pb");
        Assert.Equal(InputStatus.Unrecognized, run.Context.Status);
        Assert.Contains("not a profile.proto", run.Context.Problems[0], StringComparison.Ordinal);
        Assert.Contains("go tool pprof -proto", run.Context.Problems[0], StringComparison.Ordinal);
    }
}

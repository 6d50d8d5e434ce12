using System.Text;
using Analyzer.Detection;
using Analyzer.Families.Go.Parsers.PprofProto;

namespace Analyzer.Tests.Parsers.PprofProto;

public sealed class PprofDetectionTests
{
    private static DetectionConfidence Detect(string path, byte[] bytes) =>
        new PprofProtoParser().Detect(new EntryProbe(path, bytes.AsMemory(0, Math.Min(bytes.Length, EntryProbe.HeadSize)), bytes.Length <= EntryProbe.HeadSize));

    [Theory]
    [InlineData("whatever.bin")]
    [InlineData("debug/pprof/profile")]
    public void Gzipped_and_raw_profiles_are_claimed_by_content(string path)
    {
        var gz = PprofHarness.SampleBytes(PprofHarness.CpuSample);
        Assert.Equal(DetectionConfidence.ContentAtStart, Detect(path, gz));
        Assert.Equal(DetectionConfidence.ContentAtStart, Detect(path, PprofHarness.Gunzip(gz)));
    }

    [Fact]
    public void Head_cut_in_the_middle_of_a_profile_is_still_claimed()
    {
        var raw = PprofHarness.Gunzip(PprofHarness.SampleBytes(PprofHarness.CpuSample));
        Assert.Equal(DetectionConfidence.ContentAtStart,
            new PprofProtoParser().Detect(new EntryProbe("x", raw.AsMemory(0, 300), complete: false)));
    }

    [Theory]
    [InlineData("heap")]
    [InlineData("profile.pb.gz")]
    [InlineData("goroutine")]
    public void Gzipped_text_is_not_claimed(string path)
    {
        var text = Encoding.UTF8.GetBytes("goroutine profile: total 3\n\n2 @ 0x1 0x2\n#\t0x1\tmain.main+0x1\t/x.go:1\n");
        Assert.Equal(DetectionConfidence.None, Detect(path, ProfileBuilder.Gzip(text)));
        Assert.Equal(DetectionConfidence.None, Detect(path, text));
        Assert.Equal(DetectionConfidence.None, Detect(path, Encoding.UTF8.GetBytes("\n\nhello\n")));
    }

    [Theory]
    [InlineData("2024-05-27T03:47:09.0116433Z level=info msg=\"serving\" addr=:8080\n2024-05-27T03:47:10Z ok\n")]
    [InlineData("\"quoted\" first line\n")]
    [InlineData("*** stars ***\n")]
    [InlineData("\n\u0008\u0001\u0010\u0002 tricky\n")]
    public void Logs_whose_bytes_happen_to_read_as_tags_are_not_claimed(string text)
    {
        Assert.Equal(DetectionConfidence.None, Detect("service.log", Encoding.UTF8.GetBytes(text)));
        Assert.Equal(DetectionConfidence.None, Detect("service.log.gz", ProfileBuilder.Gzip(Encoding.UTF8.GetBytes(text))));
    }

    [Theory]
    [InlineData("pprof.AdGuardHome.goroutine.001.pb.gz", DetectionConfidence.Name)]
    [InlineData("pprof.app.samples.cpu.001.pb", DetectionConfidence.Name)]
    [InlineData("juicefs.heap.pb.gz", DetectionConfidence.Name)]
    [InlineData("heap.pprof", DetectionConfidence.Name)]
    [InlineData("ipfs.cpuprof", DetectionConfidence.Name)]
    [InlineData("debug/pprof/profile?seconds=30", DetectionConfidence.Name)]
    [InlineData("mutex", DetectionConfidence.Name)]
    [InlineData("goroutine?debug=2", DetectionConfidence.None)]
    [InlineData("juicefs.trace.5s.pb.gz", DetectionConfidence.None)]
    [InlineData("app.bin", DetectionConfidence.None)]
    public void Binary_that_is_not_a_profile_is_claimed_only_by_name(string path, DetectionConfidence expected) =>
        Assert.Equal(expected, Detect(path, [0x00, 0xff, 0x13, 0x00, 0x07]));

    [Fact]
    public void Go_execution_trace_is_not_claimed_even_by_name() =>
        Assert.Equal(DetectionConfidence.None, Detect("trace.pb", [.. "go 1.22 trace\0\0\0"u8]));

    [Fact]
    public void Parser_is_registered() =>
        Assert.Contains(ParserRegistry.Default, p => p is PprofProtoParser { Format: "pprof-profile", Source: "go-profiles", ScansUnclaimedText: false });
}

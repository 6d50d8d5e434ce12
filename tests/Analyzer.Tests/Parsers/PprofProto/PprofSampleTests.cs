using System.Globalization;
using System.Text.RegularExpressions;

namespace Analyzer.Tests.Parsers.PprofProto;

/// <summary>
/// The real google/pprof testdata CPU profile against `go tool pprof -top` output generated for that same file
/// (samples/SOURCE.txt).
/// </summary>
public sealed partial class PprofSampleTests
{
    [Fact]
    public void Sample_profile_header_decodes()
    {
        var run = PprofHarness.Run(PprofHarness.SampleBytes(PprofHarness.CpuSample), "pprof/" + PprofHarness.CpuSample);
        Assert.Equal(Analyzer.Inventory.InputStatus.Parsed, run.Context.Status);
        var profile = run.Profile;
        Assert.Equal("cpu", profile.Kind);
        Assert.Equal(["samples/count", "cpu/nanoseconds"], profile.SampleTypes);
        Assert.Equal("cpu/nanoseconds", profile.DefaultSampleType);
        Assert.Equal("cpu/nanoseconds", profile.PeriodType);
        Assert.Equal(10_000_000, profile.Period);
        Assert.Equal(TimeSpan.FromTicks(20_020_129), profile.Duration); // pprof rounds it to "Duration: 2s"
        // pprof -raw: "Time: 2017-09-29 20:57:59.25723537 +0000 UTC".
        Assert.Equal(1_506_718_679_257_235_370, profile.TimeNanos);
        Assert.Equal(76, profile.Samples);
        Assert.Equal(1_760_000_000, profile.Total); // "Total samples = 1.76s"
        Assert.Equal(14, profile.Functions); // every node of `-top -nodecount=1000`
        Assert.Equal("pprof/" + PprofHarness.CpuSample, profile.Provenance.Path);
        Assert.Null(profile.Provenance.Line);
    }

    [Fact]
    public void Flat_and_cum_match_pprof_top_for_the_default_sample_type()
    {
        var run = PprofHarness.Run(PprofHarness.SampleBytes(PprofHarness.CpuSample));
        var expected = TopRows("sample.cpu.top.txt", seconds: true);
        Assert.Equal(expected.Count, run.Functions.Count);
        foreach (var row in expected)
        {
            var f = run.Function(row.Name);
            Assert.Equal((row.Name, row.Flat, row.Cum, row.Inline), (f.Function, f.Flat, f.Cum, f.Inlined));
            Assert.Equal(row.FlatPercent, Math.Round(f.FlatPercent, 2));
            Assert.Equal(row.CumPercent, Math.Round(f.CumPercent, 2));
            Assert.Equal("cpu/nanoseconds", f.SampleType);
        }
        // The facts come in -top order (flat desc, then name).
        Assert.Equal(expected.Select(r => r.Name), run.Functions.Select(f => f.Function));
        Assert.EndsWith(".go", run.Function("runtime.mapiternext").File);
    }

    [Fact]
    public void Samples_count_view_matches_pprof_top_with_sample_index_samples()
    {
        // Re-encode the profile with default_sample_type = "samples" to check the other column.
        var raw = PprofHarness.Gunzip(PprofHarness.SampleBytes(PprofHarness.CpuSample));
        var header = Analyzer.Families.Go.Parsers.PprofProto.ProfileHeaderDecoder.Decode(raw);
        var withDefault = raw.Concat(new ProtoWriter().Int(14, header.Strings.IndexOf("samples")).ToArray()).ToArray();

        var run = PprofHarness.Run(withDefault);
        Assert.Equal("samples/count", run.Profile.DefaultSampleType);
        Assert.Equal(176, run.Profile.Total);
        foreach (var row in TopRows("sample.cpu.top-samples.txt", seconds: false))
        {
            var f = run.Function(row.Name);
            Assert.Equal((row.Name, row.Flat, row.Cum), (f.Function, f.Flat, f.Cum));
        }
    }

    [Theory]
    [InlineData("go119_heap", "heap", "inuse_space/bytes", 3_623_296L)]
    [InlineData("go119_goroutine", "goroutine", "goroutine/count", 6L)]
    [InlineData("go119_mutex", "mutex", "delay/nanoseconds", 1_251_328_014L)]
    public void Go_runtime_profiles_match_pprof_top(string name, string kind, string defaultType, long total)
    {
        var run = PprofHarness.Run(PprofHarness.SampleBytes(name + ".pb.gz"), "debug/pprof/" + name + ".pb");
        Assert.Equal(Analyzer.Inventory.InputStatus.Parsed, run.Context.Status);
        Assert.Equal((kind, defaultType, total), (run.Profile.Kind, run.Profile.DefaultSampleType, run.Profile.Total));
        var expected = TopRows(name + ".top.txt", seconds: false);
        Assert.Equal(expected.Select(r => r.Name), run.Functions.Select(f => f.Function));
        foreach (var row in expected)
        {
            var f = run.Function(row.Name);
            Assert.Equal((row.Name, row.Flat, row.Cum, row.Inline), (f.Function, f.Flat, f.Cum, f.Inlined));
        }
    }

    [Fact]
    public void Gzipped_and_raw_bytes_give_the_same_facts()
    {
        var gz = PprofHarness.SampleBytes(PprofHarness.CpuSample);
        var fromGz = PprofHarness.Run(gz, "x.pb.gz");
        var fromRaw = PprofHarness.Run(PprofHarness.Gunzip(gz), "x.pb.gz");
        Assert.Equal(fromGz.Functions, fromRaw.Functions);
        IReadOnlyList<string> none = [];
        Assert.Equal(fromGz.Profile with { SampleTypes = none, Comments = none }, fromRaw.Profile with { SampleTypes = none, Comments = none });
        Assert.Equal(fromGz.Profile.SampleTypes, fromRaw.Profile.SampleTypes);
    }

    private sealed record TopRow(string Name, long Flat, double FlatPercent, long Cum, double CumPercent, bool Inline);

    private static List<TopRow> TopRows(string file, bool seconds)
    {
        var rows = new List<TopRow>();
        foreach (var line in File.ReadLines(PprofHarness.SamplePath(file)))
        {
            var m = TopLine().Match(line);
            if (!m.Success)
                continue;
            var printed = m.Groups["name"].Value;
            var name = printed.Replace(" (inline)", "", StringComparison.Ordinal);
            rows.Add(new TopRow(name, Value(m.Groups["flat"].Value, seconds), Pct(m.Groups["flatp"].Value),
                Value(m.Groups["cum"].Value, seconds), Pct(m.Groups["cump"].Value), printed != name));
        }
        Assert.NotEmpty(rows);
        return rows;
    }

    private static long Value(string text, bool seconds) =>
        seconds && text.EndsWith('s')
            ? (long)Math.Round(double.Parse(text[..^1], CultureInfo.InvariantCulture) * 1e9)
            : long.Parse(text.TrimEnd('B', 'n', 's'), CultureInfo.InvariantCulture);

    private static double Pct(string text) => double.Parse(text.TrimEnd('%'), CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\s*(?<flat>[\d.]+(?:s|ns|B)?)\s+(?<flatp>[\d.]+%)\s+[\d.]+%\s*(?<cum>[\d.]+(?:s|ns|B)?)\s+(?<cump>[\d.]+%)\s+(?<name>\S.*)$")]
    private static partial Regex TopLine();
}

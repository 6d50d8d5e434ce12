using Analyzer.Families.Go.Facts;
using Analyzer.Families.Go.Parsers.PprofProto;
using Analyzer.Parsing;
using Analyzer.Rules.Facts;

namespace Analyzer.Tests.Parsers.PprofProto;

/// <summary>Runs the pprof parser over bytes or a sample and exposes the facts.</summary>
internal sealed class PprofHarness
{
    public required List<IFact> Facts { get; init; }
    public required ParseContext Context { get; init; }

    public GoProfile Profile => Assert.Single(Facts.OfType<GoProfile>());
    public IReadOnlyList<GoProfileFunction> Functions => Facts.OfType<GoProfileFunction>().ToList();
    public GoProfileFunction Function(string name) => Assert.Single(Functions, f => f.Function == name);

    public static PprofHarness Run(byte[] bytes, string path = "debug/pprof/profile")
    {
        var facts = new List<IFact>();
        using var stream = new MemoryStream(bytes);
        var context = new ParseContext(path, stream, facts.Add);
        new PprofProtoParser().Parse(context);
        return new PprofHarness { Facts = facts, Context = context };
    }

    public const string CpuSample = "google_pprof_internal_report_testdata_sample.cpu.pb.gz";

    public static byte[] SampleBytes(string name) => File.ReadAllBytes(SamplePath(name));

    public static string SamplePath(string name) =>
        Path.Combine(AppContext.BaseDirectory, "Parsers", "PprofProto", "samples", name);

    public static byte[] Gunzip(byte[] gz)
    {
        using var gzip = new System.IO.Compression.GZipStream(new MemoryStream(gz), System.IO.Compression.CompressionMode.Decompress);
        var output = new MemoryStream();
        gzip.CopyTo(output);
        return output.ToArray();
    }
}

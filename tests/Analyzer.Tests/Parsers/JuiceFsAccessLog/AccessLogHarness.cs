using System.Text;
using Analyzer.Detection;
using Analyzer.Families.JuiceFs.Facts;
using Analyzer.Families.JuiceFs.Parsers.JuiceFsAccessLog;
using Analyzer.Parsing;
using Analyzer.Rules.Facts;

namespace Analyzer.Tests.Parsers.JuiceFsAccessLog;

/// <summary>Runs the access-log parser over text or a sample and exposes its facts by type.</summary>
internal sealed class AccessLogHarness
{
    public required List<IFact> Facts { get; init; }
    public required ParseContext Context { get; init; }

    public JuiceFsAccessSummary Summary => Assert.Single(Facts.OfType<JuiceFsAccessSummary>());
    public JuiceFsAccessOp Op(string name) => Assert.Single(Facts.OfType<JuiceFsAccessOp>(), o => o.Op == name);
    public IReadOnlyList<JuiceFsAccessOp> Ops => Facts.OfType<JuiceFsAccessOp>().ToList();

    public static AccessLogHarness Run(byte[] bytes, string path = "tmp-jfs-20250121/juicefs.accesslog")
    {
        var facts = new List<IFact>();
        using var stream = new MemoryStream(bytes);
        var context = new ParseContext(path, stream, facts.Add);
        new JuiceFsAccessLogParser().Parse(context);
        return new AccessLogHarness { Facts = facts, Context = context };
    }

    public static AccessLogHarness Run(string text) => Run(Encoding.UTF8.GetBytes(text));

    public static AccessLogHarness Sample(string name) => Run(SampleBytes(name), name);

    public static DetectionConfidence Detect(string path, byte[] bytes) =>
        new JuiceFsAccessLogParser().Detect(new EntryProbe(path, bytes.AsMemory(0, Math.Min(bytes.Length, EntryProbe.HeadSize)), bytes.Length <= EntryProbe.HeadSize));

    public static byte[] SampleBytes(string name) =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Parsers", "JuiceFsAccessLog", "samples", name));

    public static TimeSpan Us(long micros) => TimeSpan.FromTicks(micros * 10);
}

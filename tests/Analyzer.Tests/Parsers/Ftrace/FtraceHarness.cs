using System.Text;
using Analyzer.Detection;
using Analyzer.Families.Linux.Facts;
using Analyzer.Families.Lustre.Facts;
using Analyzer.Families.Lustre.Parsers.Ftrace;
using Analyzer.Parsing;
using Analyzer.Rules.Facts;

namespace Analyzer.Tests.Parsers.Ftrace;

/// <summary>Runs the ftrace parser over text, a sample or a fixture file and exposes its facts.</summary>
internal sealed class FtraceHarness
{
    public required List<IFact> Facts { get; init; }
    public required ParseContext Context { get; init; }

    public FtraceCapture Capture => Assert.Single(Facts.OfType<FtraceCapture>());
    public IReadOnlyList<FtraceFunction> Functions => Facts.OfType<FtraceFunction>().ToList();
    public IReadOnlyList<FtraceSleep> Sleeps => Facts.OfType<FtraceSleep>().ToList();
    public FtraceFunction Function(string name) => Assert.Single(Functions, f => f.Function == name);
    public FtraceSleep Sleep(long pid) => Assert.Single(Sleeps, s => s.Pid == pid);

    public static FtraceHarness Run(byte[] bytes, string path = "trace.txt")
    {
        var facts = new List<IFact>();
        using var stream = new MemoryStream(bytes);
        var context = new ParseContext(path, stream, facts.Add);
        new FtraceParser().Parse(context);
        return new FtraceHarness { Facts = facts, Context = context };
    }

    public static FtraceHarness Run(string text, string path = "trace.txt") => Run(Encoding.UTF8.GetBytes(text), path);

    public static DetectionConfidence Detect(string path, byte[] bytes) =>
        new FtraceParser().Detect(new EntryProbe(path, bytes.AsMemory(0, Math.Min(bytes.Length, EntryProbe.HeadSize)), bytes.Length <= EntryProbe.HeadSize));

    public static DetectionConfidence Detect(string path, string text) => Detect(path, Encoding.UTF8.GetBytes(text));

    public static byte[] SampleBytes(string name) =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Parsers", "Ftrace", "samples", name));

    public static byte[] FixtureBytes(string relative) => File.ReadAllBytes(Path.Combine(Support.RepoPaths.Fixtures, relative));

    public static TimeSpan Us(double micros) => TimeSpan.FromTicks((long)Math.Round(micros * 10));
}

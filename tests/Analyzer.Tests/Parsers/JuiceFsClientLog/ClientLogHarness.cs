using System.Text;
using Analyzer.Detection;
using Analyzer.Families.JuiceFs.Facts;
using Analyzer.Families.JuiceFs.Parsers.JuiceFsClientLog;
using Analyzer.Parsing;
using Analyzer.Rules.Facts;

namespace Analyzer.Tests.Parsers.JuiceFsClientLog;

/// <summary>Runs the client-log parser over text or a sample.</summary>
internal sealed class ClientLogHarness
{
    public required List<IFact> Facts { get; init; }
    public required ParseContext Context { get; init; }

    public JuiceFsLogSummary Summary => Assert.Single(Facts.OfType<JuiceFsLogSummary>());
    public IReadOnlyList<JuiceFsLogBurst> Bursts => Facts.OfType<JuiceFsLogBurst>().ToList();

    public static ClientLogHarness Run(string text, string path = "juicefs.log")
    {
        var facts = new List<IFact>();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        var context = new ParseContext(path, stream, facts.Add);
        new JuiceFsClientLogParser().Parse(context);
        return new ClientLogHarness { Facts = facts, Context = context };
    }

    public static string SampleText(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Parsers", "JuiceFsClientLog", "samples", name));

    public static DetectionConfidence Detect(string path, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return new JuiceFsClientLogParser().Detect(new EntryProbe(path, bytes, true));
    }
}

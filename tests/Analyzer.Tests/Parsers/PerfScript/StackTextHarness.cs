using System.Text;
using Analyzer.Detection;
using Analyzer.Families.Go.Facts;
using Analyzer.Parsing;
using Analyzer.Rules.Facts;

namespace Analyzer.Tests.Parsers.PerfScript;

/// <summary>Runs a text stack parser (perf script, folded stacks) over bytes or a sample and exposes the facts.</summary>
internal sealed class StackTextHarness
{
    public required List<IFact> Facts { get; init; }
    public required ParseContext Context { get; init; }

    public GoProfile Profile => Assert.Single(Facts.OfType<GoProfile>());
    public FlameTree Tree => Assert.Single(Facts.OfType<FlameTree>());
    public IReadOnlyList<GoProfileFunction> Functions => Facts.OfType<GoProfileFunction>().ToList();
    public GoProfileFunction Function(string name) => Assert.Single(Functions, f => f.Function == name);
    public IReadOnlyList<ProfileStack> Stacks => Facts.OfType<ProfileStack>().ToList();

    public static StackTextHarness Run(IFormatParser parser, byte[] bytes, string path)
    {
        var facts = new List<IFact>();
        using var stream = new MemoryStream(bytes);
        var context = new ParseContext(path, stream, facts.Add);
        parser.Parse(context);
        return new StackTextHarness { Facts = facts, Context = context };
    }

    public static StackTextHarness Run(IFormatParser parser, string text, string path = "input.txt") => Run(parser, Encoding.UTF8.GetBytes(text), path);

    public static StackTextHarness Sample(IFormatParser parser, string folder, string name) =>
        Run(parser, File.ReadAllBytes(SamplePath(folder, name)), name);

    public static string SamplePath(string folder, string name) =>
        Path.Combine(AppContext.BaseDirectory, "Parsers", folder, "samples", name);

    public static DetectionConfidence Detect(IFormatParser parser, byte[] bytes, string path = "input.txt") =>
        parser.Detect(new EntryProbe(path, bytes.AsMemory(0, Math.Min(bytes.Length, EntryProbe.HeadSize)), bytes.Length <= EntryProbe.HeadSize));
}

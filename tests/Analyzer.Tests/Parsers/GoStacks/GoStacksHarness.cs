using System.Text;
using Analyzer.Families.Go.Parsers.GoStacks;
using Analyzer.Parsing;
using Analyzer.Rules.Facts;

namespace Analyzer.Tests.Parsers.GoStacks;

/// <summary>Runs the Go stacks parser over text or a sample and sorts the facts by type.</summary>
internal sealed class GoStacksHarness
{
    public required List<IFact> Facts { get; init; }
    public required ParseContext Context { get; init; }

    public IReadOnlyList<T> Of<T>() => Facts.OfType<T>().ToList();

    public static GoStacksHarness Run(string text, string path = "logs/app.log") => Run(Encoding.UTF8.GetBytes(text), path);

    public static GoStacksHarness Run(byte[] bytes, string path = "logs/app.log")
    {
        var facts = new List<IFact>();
        using var stream = new MemoryStream(bytes);
        var context = new ParseContext(path, stream, facts.Add);
        new GoStacksParser().Parse(context);
        return new GoStacksHarness { Facts = facts, Context = context };
    }

    public static GoStacksHarness Sample(string name) =>
        Run(File.ReadAllBytes(SamplePath(name)), "samples/" + name);

    public static string SamplePath(string name) =>
        Path.Combine(AppContext.BaseDirectory, "Parsers", "GoStacks", "samples", name);
}

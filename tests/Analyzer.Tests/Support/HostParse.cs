using System.Text;
using Analyzer.Detection;
using Analyzer.Inventory;
using Analyzer.Parsing;
using Analyzer.Rules.Facts;

namespace Analyzer.Tests.Support;

/// <summary>Runs one host-family parser over text, a parser-test sample or a fixture file, and exposes its facts.</summary>
internal sealed class HostParse
{
    public required List<IFact> Facts { get; init; }
    public required ParseContext Context { get; init; }

    public InputStatus Status => Context.Status;
    public IEnumerable<T> Of<T>() => Facts.OfType<T>();
    public T One<T>() => Assert.Single(Facts.OfType<T>());

    public static HostParse Run(IFormatParser parser, byte[] bytes, string path)
    {
        var facts = new List<IFact>();
        using var stream = new MemoryStream(bytes);
        var context = new ParseContext(path, stream, facts.Add);
        parser.Parse(context);
        return new HostParse { Facts = facts, Context = context };
    }

    public static HostParse Text(IFormatParser parser, string text, string path = "input.txt") => Run(parser, Encoding.UTF8.GetBytes(text), path);

    /// <summary>A sample under tests/Analyzer.Tests/Parsers/&lt;folder&gt;/samples/, parsed under its own name.</summary>
    public static HostParse Sample(IFormatParser parser, string folder, string name) => Run(parser, SampleBytes(folder, name), name);

    /// <summary>A file of a fixture bundle, parsed under its bundle-relative path.</summary>
    public static HostParse Fixture(IFormatParser parser, string fixture, string relative) =>
        Run(parser, File.ReadAllBytes(Path.Combine(RepoPaths.Fixtures, fixture, relative)), relative);

    public static byte[] SampleBytes(string folder, string name) =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Parsers", folder, "samples", name));

    public static string SampleText(string folder, string name) => Encoding.UTF8.GetString(SampleBytes(folder, name));

    public static DetectionConfidence Detect(IFormatParser parser, string path, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return parser.Detect(new EntryProbe(path, bytes.AsMemory(0, Math.Min(bytes.Length, EntryProbe.HeadSize)), bytes.Length <= EntryProbe.HeadSize));
    }

    /// <summary>The parser the registry would pick for this content, by confidence then registration order.</summary>
    public static string? Winner(string path, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var probe = new EntryProbe(path, bytes.AsMemory(0, Math.Min(bytes.Length, EntryProbe.HeadSize)), bytes.Length <= EntryProbe.HeadSize);
        var best = ParserRegistry.Default.Select(p => (p, c: p.Detect(probe))).OrderByDescending(x => x.c).First();
        return best.c == DetectionConfidence.None ? null : best.p.Format;
    }
}

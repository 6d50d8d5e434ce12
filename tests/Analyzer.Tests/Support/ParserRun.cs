using System.Text;
using Analyzer.Detection;
using Analyzer.Parsing;
using Analyzer.Rules.Facts;

namespace Analyzer.Tests.Support;

/// <summary>Runs one parser over text or a sample file of a Parsers/&lt;Format&gt;/samples folder and keeps what it said.</summary>
internal sealed class ParserRun
{
    public required List<IFact> Facts { get; init; }
    public required ParseContext Context { get; init; }

    public IEnumerable<T> Of<T>() => Facts.OfType<T>();
    public T Single<T>() => Assert.Single(Facts.OfType<T>());

    public static ParserRun Bytes(IFormatParser parser, byte[] bytes, string path)
    {
        var facts = new List<IFact>();
        using var stream = new MemoryStream(bytes);
        var context = new ParseContext(path, stream, facts.Add);
        parser.Parse(context);
        return new ParserRun { Facts = facts, Context = context };
    }

    public static ParserRun Text(IFormatParser parser, string text, string path = "input.txt") => Bytes(parser, Encoding.UTF8.GetBytes(text), path);

    public static ParserRun Sample(IFormatParser parser, string format, string name) => Bytes(parser, SampleBytes(format, name), name);

    public static byte[] SampleBytes(string format, string name) =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Parsers", format, "samples", name));

    public static DetectionConfidence Detect(IFormatParser parser, string path, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return parser.Detect(new EntryProbe(path, bytes.AsMemory(0, Math.Min(bytes.Length, EntryProbe.HeadSize)), bytes.Length <= EntryProbe.HeadSize));
    }
}

using Analyzer.Rules.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Analyzer.Rules.Yaml;

/// <summary>
/// Loads a rule or config file's YAML so that no text can escape as an exception: every failure becomes one
/// file:line:col diagnostic. The text is scanned once, into a list of events (YamlDotNet's parser keeps its own stack
/// there), which finds syntax errors and measures nesting; only a file within <see cref="MaxDepth"/> is then built into
/// nodes from those events, because building recurses once per level and a file nested 100,000 deep overflowed the
/// process stack. Scanning is the costly part of loading the shipped rules, so it is done once, not once per pass.
/// </summary>
internal static class YamlDocuments
{
    /// <summary>Deeper than any rule needs (the deepest shipped rule nests 6 levels), far below what overflows the stack.</summary>
    public const int MaxDepth = 64;

    public static YamlStream? Load(string file, string text, DiagnosticBag diagnostics) =>
        Scan(file, text, diagnostics) is { } events ? Build(file, events, diagnostics) : null;

    /// <summary>Nodes from events that were scanned and checked (by <see cref="Scan"/>, now or when a pack was written).</summary>
    public static YamlStream? Build(string file, IReadOnlyList<ParsingEvent> events, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new ReplayParser(events));
        }
        catch (YamlException e)
        {
            diagnostics.Add("TRI0001", At(file, e.Start), $"YAML syntax error: {e.Message}");
            return null;
        }
        catch (ArgumentException e)
        {
            // YamlDotNet's representation model refuses some event sequences its parser accepted (found by fuzzing).
            diagnostics.Add("TRI0001", At(file, Mark.Empty), $"YAML syntax error: a structure the rule loader cannot represent ({e.Message.Split(" (Parameter", 2)[0]})");
            return null;
        }
        return stream;
    }

    /// <summary>The event pass: the events, or null after a diagnostic.</summary>
    public static List<ParsingEvent>? Scan(string file, string text, DiagnosticBag diagnostics)
    {
        var parser = new Parser(new StringReader(text));
        var events = new List<ParsingEvent>(Math.Min(text.Length / 16, 1 << 16));
        var depth = 0;
        var last = Mark.Empty;
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                events.Add(current);
                last = current.End;
                if (current is SequenceStart or MappingStart && ++depth > MaxDepth)
                {
                    diagnostics.Add("TRI0001", At(file, current.Start), $"YAML nested deeper than {MaxDepth} levels; rules and configs need a handful");
                    return null;
                }
                if (current is SequenceEnd or MappingEnd)
                    depth--;
            }
            return events;
        }
        catch (YamlException e)
        {
            diagnostics.Add("TRI0001", At(file, e.Start), $"YAML syntax error: {e.Message}");
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException)
        {
            // YamlDotNet's scanner throws plain .NET exceptions on some malformed text (`a: [b\nc: d` gives an
            // InvalidOperationException): the error is at or just after the last event it read.
            diagnostics.Add("TRI0001", At(file, last), "YAML syntax error after this point (an unclosed '[' or '{', or a key inside a flow collection?)");
            return null;
        }
    }

    private static SourceLocation At(string file, Mark mark) =>
        new(file, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));
}

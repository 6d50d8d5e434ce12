using System.Text;

namespace Analyzer.Rules.Templates;

/// <summary>
/// A rendered rule message or next step that remembers which characters the rule author wrote and which came from
/// fact values. Renderers that build markup (Markdown, HTML) read <see cref="Segments"/> and encode each data run for
/// its context, so a rule author cannot forget to escape a placeholder; <see cref="Plain"/> is the text for JSON and
/// rule tests.
/// </summary>
public sealed class MessageText
{
    private MessageText(IReadOnlyList<MessageSegment> segments)
    {
        Segments = segments;
        Plain = string.Concat(segments.Select(s => s.Text));
    }

    public IReadOnlyList<MessageSegment> Segments { get; }
    public string Plain { get; }

    /// <summary>Text the rule author wrote, with no value in it (a title standing in for a missing message).</summary>
    public static MessageText Authored(string text) => new(text.Length == 0 ? [] : [new MessageSegment(ValueMarker.Strip(text), false)]);

    /// <summary>Text that is all data (a value with no template around it).</summary>
    public static MessageText Data(string text) => new(text.Length == 0 ? [] : [new MessageSegment(ValueMarker.Strip(text), true)]);

    /// <summary>The parts one after the other, each keeping its kind.</summary>
    public static MessageText Join(params MessageText[] parts) => new([.. parts.SelectMany(p => p.Segments)]);

    /// <summary>Splits template output whose values <see cref="ValueMarker"/> bracketed into authored and data runs.</summary>
    internal static MessageText FromMarked(string marked)
    {
        var segments = new List<MessageSegment>();
        var sb = new StringBuilder();
        var inData = false;
        foreach (var c in marked)
        {
            if (c is ValueMarker.Open or ValueMarker.Close)
            {
                Flush();
                inData = c == ValueMarker.Open;
                continue;
            }
            sb.Append(c);
        }
        Flush();
        return new MessageText(segments);

        void Flush()
        {
            if (sb.Length == 0) return;
            var text = sb.ToString();
            sb.Clear();
            // Adjacent runs of the same kind read as one, so a renderer sees whole code spans and words.
            if (segments.Count > 0 && segments[^1].FromData == inData)
                segments[^1] = new MessageSegment(segments[^1].Text + text, inData);
            else
                segments.Add(new MessageSegment(text, inData));
        }
    }

    public override string ToString() => Plain;
}

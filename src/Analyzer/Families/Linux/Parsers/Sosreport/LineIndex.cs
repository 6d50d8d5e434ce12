using System.Text;

namespace Analyzer.Families.Linux.Parsers.Sosreport;

/// <summary>
/// Finds the line of a manifest value for evidence (JsonDocument keeps no positions): the first line holding the
/// JSON-encoded text, searched from the last hit on so that repeated commands land on successive lines.
/// </summary>
internal sealed class LineIndex(byte[] bytes)
{
    private int _from;
    private int _lineAtFrom = 1; // the line number at _from, so a forward search counts only the newlines it skipped

    public int? LineOf(string text)
    {
        var needle = Encoding.UTF8.GetBytes(System.Text.Json.JsonEncodedText.Encode(text, System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString());
        var span = bytes.AsSpan();
        var at = span[_from..].IndexOf(needle);
        int line;
        if (at < 0)
        {
            at = span.IndexOf(needle);
            if (at < 0) return null;
            line = span[..at].Count((byte)'\n') + 1;
        }
        else
        {
            at += _from;
            line = _lineAtFrom + span[_from..at].Count((byte)'\n');
        }
        _from = at + needle.Length;
        _lineAtFrom = line + span[at.._from].Count((byte)'\n');
        return line;
    }
}

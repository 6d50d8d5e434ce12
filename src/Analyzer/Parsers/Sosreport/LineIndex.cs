using System.Text;

namespace Analyzer.Parsers.Sosreport;

/// <summary>
/// Finds the line of a manifest value for evidence (JsonDocument keeps no positions): the first line holding the
/// JSON-encoded text, searched from the last hit on so that repeated commands land on successive lines.
/// </summary>
internal sealed class LineIndex(byte[] bytes)
{
    private int _from;

    public int? LineOf(string text)
    {
        var needle = Encoding.UTF8.GetBytes(System.Text.Json.JsonEncodedText.Encode(text, System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString());
        var span = bytes.AsSpan();
        var at = span[_from..].IndexOf(needle);
        if (at < 0)
        {
            at = span.IndexOf(needle);
            if (at < 0) return null;
        }
        else at += _from;
        _from = at + needle.Length;
        return span[..at].Count((byte)'\n') + 1;
    }
}

using System.Text.Json;

namespace Analyzer.Families.Linux.Parsers.Sosreport;

/// <summary>
/// Finds the line of a manifest value for evidence (JsonDocument keeps no positions). Built in one pass over the
/// JSON tokens: every string and property name with the line it starts on, in order. A look-up takes the first
/// occurrence after the last hit (so repeated commands land on successive lines), else the first one. The former
/// byte search rescanned the whole file whenever a value was not ahead of the last hit: quadratic, 50,000 timed-out
/// entries took 18.7 s and 200,000 over two minutes.
/// </summary>
internal sealed class LineIndex
{
    private readonly Dictionary<string, List<(int Ordinal, int Line)>> _at = new(StringComparer.Ordinal);
    private int _lastOrdinal = -1;

    public LineIndex(byte[] bytes)
    {
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var line = 1;
        long counted = 0;
        var ordinal = 0;
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName))
                    continue;
                var start = reader.TokenStartIndex;
                line += bytes.AsSpan((int)counted, (int)(start - counted)).Count((byte)'\n');
                counted = start;
                var text = reader.GetString() ?? "";
                if (!_at.TryGetValue(text, out var list))
                    _at[text] = list = [];
                list.Add((ordinal++, line));
            }
        }
        catch (JsonException)
        {
            // The document already parsed; a reader disagreement only costs line numbers past this point.
        }
    }

    public int? LineOf(string text)
    {
        if (!_at.TryGetValue(text, out var list))
            return null;
        var next = NextAfter(list, _lastOrdinal);
        var (ordinal, line) = list[next < list.Count ? next : 0];
        _lastOrdinal = ordinal;
        return line;
    }

    /// <summary>Index of the first entry whose ordinal is above <paramref name="ordinal"/> (binary search: ordinals ascend).</summary>
    private static int NextAfter(List<(int Ordinal, int Line)> list, int ordinal)
    {
        int lo = 0, hi = list.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (list[mid].Ordinal <= ordinal) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}

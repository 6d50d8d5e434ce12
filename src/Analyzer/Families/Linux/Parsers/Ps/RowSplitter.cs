using Analyzer.Text;

namespace Analyzer.Families.Linux.Parsers.Ps;

/// <summary>
/// Maps the blank-separated tokens of one listing row onto the header's columns, as token index spans. Columns left
/// of the flexible command are read from the left, the ones right of it from the right; a start-time column takes
/// as many tokens as its shape (<see cref="StartTokens"/>: lstart has 5), and the command takes what is left, less
/// the forest art (`\_ `, `|   \_ `) that `ps f`/`ps axjf` draw before it.
/// </summary>
internal static class RowSplitter
{
    /// <summary>False when the row cannot fill the header; <paramref name="first"/>/<paramref name="last"/> hold each column's tokens (first &gt; last: empty).</summary>
    public static bool Split(ProcessTableHeader header, ReadOnlySpan<char> line, Span<Range> ranges, Span<int> first, Span<int> last)
    {
        var n = BlankFields.Split(line, ranges);
        var count = header.Count;
        var flexible = header.Flexible;
        var pos = 0;
        for (var c = 0; c < (flexible < 0 ? count : flexible); c++)
        {
            if (pos >= n) return false;
            var width = header.Columns[c] == PsColumn.Start ? StartTokens.Forward(line, ranges, pos, n) : 1;
            first[c] = pos;
            last[c] = pos + width - 1;
            pos += width;
        }
        if (flexible < 0) return pos == n;
        var end = n - 1;
        for (var c = count - 1; c > flexible; c--)
        {
            if (end < pos) return false;
            var width = header.Columns[c] == PsColumn.Start ? StartTokens.Backward(line, ranges, end, pos) : 1;
            first[c] = end - width + 1;
            last[c] = end;
            end -= width;
        }
        // An empty last command is allowed (kernel threads under some -o lists); an empty middle one is not.
        if (end < pos && flexible != count - 1) return false;
        while (pos < end && IsForestArt(line[ranges[pos]])) pos++;
        first[flexible] = pos;
        last[flexible] = end;
        return true;
    }

    private static bool IsForestArt(ReadOnlySpan<char> token) => token is "\\_" or "|";
}

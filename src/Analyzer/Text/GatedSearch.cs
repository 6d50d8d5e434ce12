namespace Analyzer.Text;

/// <summary>
/// A substring search that first looks for one character of the needle that is rare in the text searched (its gate):
/// where the gate does not occur, neither does the needle, and where it first occurs the needle cannot start more than
/// the gate's place in the needle before it. On lines that never hold the needle (nearly all lines of a log, for the
/// kernel-log parser's per-line probes) a single-character search replaces a string search whose frequent first and
/// last characters (a space, a colon) make it verify many false starts.
/// </summary>
internal static class GatedSearch
{
    /// <summary>The first index of <paramref name="needle"/> in <paramref name="text"/> (ordinal), or -1.</summary>
    public static int IndexOf(ReadOnlySpan<char> text, string needle, char gate)
    {
        var inNeedle = needle.IndexOf(gate);
        if (inNeedle < 0)
            throw new ArgumentException($"the gate '{gate}' is not in the needle", nameof(gate));
        var first = text.IndexOf(gate);
        if (first < 0)
            return -1;
        var from = Math.Max(0, first - inNeedle);
        var at = text[from..].IndexOf(needle, StringComparison.Ordinal);
        return at < 0 ? -1 : from + at;
    }
}

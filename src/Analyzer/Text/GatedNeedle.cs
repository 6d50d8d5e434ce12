namespace Analyzer.Text;

/// <summary>
/// A substring searched for through one of its characters that is rare in the text searched (its gate): where the gate
/// does not occur, neither does the needle, and where it first occurs the needle cannot start more than the gate's
/// place in the needle before it. On lines that never hold the needle (nearly all lines of a log, for the kernel-log
/// parser's per-line probes) a single-character search replaces a string search whose frequent first and last
/// characters (a space, a colon) make it verify many false starts. Made once per needle: the gate's place is found,
/// and checked, when the needle is made, not on every line.
/// </summary>
internal sealed class GatedNeedle
{
    private readonly string _needle;
    private readonly char _gate;
    private readonly int _gateAt; // the gate's first place in the needle

    public GatedNeedle(string needle, char gate)
    {
        _gateAt = needle.IndexOf(gate);
        if (_gateAt < 0)
            throw new ArgumentException($"the gate '{gate}' is not in the needle", nameof(gate));
        _needle = needle;
        _gate = gate;
    }

    /// <summary>The first index of the needle in <paramref name="text"/> (ordinal), or -1.</summary>
    public int IndexIn(ReadOnlySpan<char> text)
    {
        var first = text.IndexOf(_gate);
        if (first < 0)
            return -1;
        var from = Math.Max(0, first - _gateAt);
        var at = text[from..].IndexOf(_needle, StringComparison.Ordinal);
        return at < 0 ? -1 : from + at;
    }
}

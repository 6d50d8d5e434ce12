using System.Text.RegularExpressions;

namespace Analyzer.Rules.Expressions.Runtime;

/// <summary>String functions. Ordinal and culture-free; a null operand makes a predicate false and a transform null.</summary>
internal static class Text
{
    /// <summary>
    /// Patterns run on the non-backtracking engine: its time is linear in the input whatever the pattern, so a
    /// pathological one cannot stall an analysis and no timeout is needed (a timeout made a busy machine's run end a
    /// rule in error). Backreferences and lookarounds are refused when the rule loads.
    /// </summary>
    public const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    public static bool Contains(string? s, string? x) => s is not null && x is not null && s.Contains(x, StringComparison.Ordinal);
    public static bool StartsWith(string? s, string? x) => s is not null && x is not null && s.StartsWith(x, StringComparison.Ordinal);
    public static bool EndsWith(string? s, string? x) => s is not null && x is not null && s.EndsWith(x, StringComparison.Ordinal);
    public static string? Lower(string? s) => s?.ToLowerInvariant();
    public static string? Upper(string? s) => s?.ToUpperInvariant();
    public static string? Trim(string? s) => s?.Trim();
    public static long? Size(string? s) => s?.Length ?? 0;

    /// <summary>
    /// A task name without its per-instance number, so one pool of kernel threads is one name:
    /// <c>z_wr_int_h/3</c> → <c>z_wr_int_h/N</c>, <c>kworker/u16:2</c> → <c>kworker/N</c>, <c>z_wr_int_0</c> →
    /// <c>z_wr_int_N</c>. Names whose last part is not a bare instance number stay (<c>jbd2/sda1-8</c>).
    /// </summary>
    public static string? ThreadFamily(string? s)
    {
        if (s is null) return null;
        var slash = s.LastIndexOf('/');
        if (slash > 0 && IsInstance(s.AsSpan(slash + 1)))
            return string.Concat(s.AsSpan(0, slash), "/N");
        var digits = s.Length;
        while (digits > 0 && char.IsAsciiDigit(s[digits - 1])) digits--;
        return digits < s.Length && digits >= 2 && s[digits - 1] == '_' && char.IsAsciiLetter(s[digits - 2])
            ? string.Concat(s.AsSpan(0, digits), "N")
            : s;
    }

    /// <summary>A kernel thread's instance part: <c>3</c>, <c>0:1</c>, <c>1:2H</c>, <c>u16:2</c>.</summary>
    private static bool IsInstance(ReadOnlySpan<char> part)
    {
        if (part.Length > 0 && part[0] == 'u') part = part[1..];
        if (part.Length > 0 && part[^1] == 'H') part = part[..^1];
        if (part.IsEmpty || !char.IsAsciiDigit(part[0]) || !char.IsAsciiDigit(part[^1])) return false;
        var colons = 0;
        foreach (var c in part)
            if (c == ':') colons++;
            else if (!char.IsAsciiDigit(c)) return false;
        return colons <= 1;
    }

    /// <summary>A literal pattern, compiled once when the rule loads.</summary>
    public static bool Matches(string? s, LiteralPattern pattern) => s is not null && pattern.Regex.IsMatch(s);

    /// <summary>A computed pattern: goes through Regex's own cache; an invalid one throws, so the rule ends in error.</summary>
    public static bool Matches(string? s, string? pattern) =>
        s is not null && pattern is not null && Regex.IsMatch(s, pattern, Options);
}

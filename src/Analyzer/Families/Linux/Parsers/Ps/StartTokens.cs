namespace Analyzer.Families.Linux.Parsers.Ps;

/// <summary>
/// How many blank-separated tokens a start-time column takes: ps prints `start_time`/`stime` as one token (`10:00`,
/// `Nov30`, `2025`), `start`/`bsdstart` as `Dec 02` when older than a day, and `lstart` as five (`Tue Dec  2 10:00:01
/// 2026`). Names of days and months follow LC_TIME, so any short word is taken as one.
/// </summary>
internal static class StartTokens
{
    /// <summary>Tokens taken from <paramref name="at"/> onwards, never past <paramref name="end"/> (exclusive).</summary>
    public static int Forward(ReadOnlySpan<char> line, ReadOnlySpan<Range> tokens, int at, int end)
    {
        if (end - at >= 5 && IsLong(line, tokens, at)) return 5;
        if (end - at >= 2 && IsName(line[tokens[at]]) && IsDay(line[tokens[at + 1]])) return 2;
        return 1;
    }

    /// <summary>Tokens taken ending at <paramref name="last"/>, never below <paramref name="floor"/>.</summary>
    public static int Backward(ReadOnlySpan<char> line, ReadOnlySpan<Range> tokens, int last, int floor)
    {
        var available = last - floor + 1;
        if (available >= 5 && IsLong(line, tokens, last - 4)) return 5;
        if (available >= 2 && IsName(line[tokens[last - 1]]) && IsDay(line[tokens[last]])) return 2;
        return 1;
    }

    private static bool IsLong(ReadOnlySpan<char> line, ReadOnlySpan<Range> tokens, int at) =>
        IsName(line[tokens[at]]) && IsName(line[tokens[at + 1]]) && IsDay(line[tokens[at + 2]])
        && IsClock(line[tokens[at + 3]]) && IsYear(line[tokens[at + 4]]);

    private static bool IsName(ReadOnlySpan<char> token)
    {
        if (token.Length is < 2 or > 6) return false;
        foreach (var c in token)
            if (!char.IsLetter(c) && c != '.') return false;
        return true;
    }

    private static bool IsDay(ReadOnlySpan<char> token) =>
        token.Length is 1 or 2 && char.IsAsciiDigit(token[0]) && char.IsAsciiDigit(token[^1]);

    private static bool IsClock(ReadOnlySpan<char> token) =>
        token.Length >= 4 && token.Contains(':') && token.IndexOfAnyExcept("0123456789:") < 0;

    private static bool IsYear(ReadOnlySpan<char> token) =>
        token.Length == 4 && token.IndexOfAnyExcept("0123456789") < 0;
}

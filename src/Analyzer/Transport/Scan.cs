namespace Analyzer.Transport;

/// <summary>Small span helpers the unwrappers share (no Regex: they run on every line).</summary>
internal static class Scan
{
    /// <summary>Number of ASCII digits at <paramref name="start"/>.</summary>
    public static int Digits(ReadOnlySpan<char> s, int start)
    {
        var i = start;
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        return i - start;
    }

    public static bool DigitsAt(ReadOnlySpan<char> s, int start, int count)
    {
        if (start + count > s.Length) return false;
        for (var i = start; i < start + count; i++)
            if (!char.IsAsciiDigit(s[i]))
                return false;
        return true;
    }

    public static int Spaces(ReadOnlySpan<char> s, int start)
    {
        var i = start;
        while (i < s.Length && s[i] == ' ') i++;
        return i - start;
    }

    /// <summary><c>hh:mm:ss</c> at <paramref name="start"/>.</summary>
    public static bool Clock(ReadOnlySpan<char> s, int start) =>
        DigitsAt(s, start, 2) && start + 8 <= s.Length && s[start + 2] == ':' && DigitsAt(s, start + 3, 2)
        && s[start + 5] == ':' && DigitsAt(s, start + 6, 2);

    /// <summary>Length of an RFC 3339 / ISO-8601 stamp at the start with a <c>T</c> and a zone (Z or offset), 0 if none.</summary>
    public static int Rfc3339(ReadOnlySpan<char> s)
    {
        if (s.Length < 20 || !DigitsAt(s, 0, 4) || s[4] != '-' || !DigitsAt(s, 5, 2) || s[7] != '-' || !DigitsAt(s, 8, 2)
            || s[10] != 'T' || !Clock(s, 11))
            return 0;
        var i = 19;
        if (i < s.Length && (s[i] == '.' || s[i] == ','))
        {
            var n = Digits(s, i + 1);
            if (n == 0) return 0;
            i += 1 + n;
        }
        if (i < s.Length && s[i] == 'Z')
            return i + 1;
        if (i < s.Length && (s[i] == '+' || s[i] == '-') && DigitsAt(s, i + 1, 2))
        {
            i += 3;
            if (i < s.Length && s[i] == ':') i++;
            return DigitsAt(s, i, 2) ? i + 2 : 0;
        }
        return 0;
    }

    public static bool IsAsciiLetterOrDigit(char c) => char.IsAsciiLetterOrDigit(c);
}

namespace Analyzer.Families.Linux.Parsers.KernelLog;

/// <summary>Small allocation-free number readers for kernel message fields.</summary>
internal static class SpanNumbers
{
    /// <summary>Reads the decimal digits at the start of <paramref name="s"/> (an optional '-' first); false if none.</summary>
    public static bool TryLeading(ReadOnlySpan<char> s, out long value, out int length)
    {
        value = 0;
        length = 0;
        var negative = s.Length > 0 && s[0] == '-';
        var i = negative ? 1 : 0;
        var start = i;
        while (i < s.Length && char.IsAsciiDigit(s[i]) && i - start < 18)
            value = value * 10 + (s[i++] - '0');
        if (i == start)
            return false;
        if (negative) value = -value;
        length = i;
        return true;
    }

    /// <summary>
    /// A kernel `NkB` size token (`263092kB`), tolerating group separators a locale or a paste put in the digits
    /// (`153,700,88kB`, `1.234.567kB`, `1 234 567kB` with no-break spaces, `1'234kB`): digits are read, separators
    /// skipped. False when the token is not digits and separators followed by `kB`.
    /// </summary>
    public static bool TryKb(ReadOnlySpan<char> token, out long kb)
    {
        kb = 0;
        if (!token.EndsWith("kB") || token.Length < 3 || !char.IsAsciiDigit(token[0]))
            return false;
        var digits = 0;
        foreach (var c in token[..^2])
        {
            if (char.IsAsciiDigit(c))
            {
                if (++digits > 18)
                    return false;
                kb = kb * 10 + (c - '0');
            }
            else if (c is not (',' or '.' or '\'' or '\u00a0' or '\u202f' or '\u2019'))
                return false;
        }
        return true;
    }

    /// <summary>The number right after the first occurrence of <paramref name="key"/>, or <paramref name="fallback"/>.</summary>
    public static long After(ReadOnlySpan<char> s, ReadOnlySpan<char> key, long fallback = 0)
    {
        var at = s.IndexOf(key);
        return at >= 0 && TryLeading(s[(at + key.Length)..].TrimStart(' '), out var v, out _) ? v : fallback;
    }

    /// <summary>The token after <paramref name="key"/> up to one of <paramref name="stops"/> (or the end).</summary>
    public static ReadOnlySpan<char> TokenAfter(ReadOnlySpan<char> s, ReadOnlySpan<char> key, ReadOnlySpan<char> stops)
    {
        var at = s.IndexOf(key);
        if (at < 0)
            return default;
        var rest = s[(at + key.Length)..];
        var end = rest.IndexOfAny(stops);
        return end < 0 ? rest : rest[..end];
    }
}

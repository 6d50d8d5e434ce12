using System.Text.Json;

namespace Analyzer.Reporting;

/// <summary>
/// A table cell in the JSON report: a plain decimal number (<c>7</c>, <c>-3</c>, <c>9.57</c>) is written as a JSON number,
/// digit for digit, so readers need not parse text; everything else (units, ranges like <c>100 / 100</c>, ids with
/// leading zeros, <c>path:line</c>) stays text.
/// </summary>
internal static class JsonCell
{
    public static void Write(Utf8JsonWriter w, string cell)
    {
        if (IsPlainNumber(cell))
            w.WriteRawValue(cell, skipInputValidation: false);
        else
            w.WriteStringValue(cell);
    }

    /// <summary>JSON's own number grammar without exponents: '-'? (0 | [1-9][0-9]*) ('.' [0-9]+)?.</summary>
    internal static bool IsPlainNumber(ReadOnlySpan<char> s)
    {
        if (s.Length > 0 && s[0] == '-') s = s[1..];
        var digits = 0;
        while (digits < s.Length && char.IsAsciiDigit(s[digits])) digits++;
        if (digits == 0 || (digits > 1 && s[0] == '0')) return false;
        s = s[digits..];
        if (s.IsEmpty) return true;
        if (s[0] != '.' || s.Length == 1) return false;
        foreach (var c in s[1..])
            if (!char.IsAsciiDigit(c)) return false;
        return true;
    }
}

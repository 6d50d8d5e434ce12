using System.Text.RegularExpressions;

namespace Analyzer.Families.Linux.Parsers.Iostat;

/// <summary>The sysstat banner: `Linux 3.10.0-1160.el7.x86_64 (voice) \t10/18/2021 \t_x86_64_\t(4 CPU)`.</summary>
internal static partial class IostatBanner
{
    [GeneratedRegex(@"^Linux\s+(\S+)\s+\(.*\)\s+.*\(([0-9]+) CPU\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>Banners of sysstat ≤ 8 have no CPU count; they are still banners.</summary>
    [GeneratedRegex(@"^Linux\s+[0-9]\S*\s+\(.*\)", RegexOptions.CultureInvariant)]
    private static partial Regex Loose();

    public static bool Is(ReadOnlySpan<char> line) => line.StartsWith("Linux ", StringComparison.Ordinal) && Loose().IsMatch(line);

    /// <summary>The start date the banner prints after the host (`10/18/2021`, `18.10.2021`, `2021-10-18`), or empty.</summary>
    public static ReadOnlySpan<char> DateOf(ReadOnlySpan<char> line)
    {
        var close = line.IndexOf(')');
        if (close < 0) return [];
        var rest = line[(close + 1)..].TrimStart();
        var end = rest.IndexOfAny(' ', '\t');
        var token = end < 0 ? rest : rest[..end];
        return token.Length >= 6 && char.IsAsciiDigit(token[0]) && token.IndexOfAny('/', '-', '.') > 0 ? token : [];
    }

    public static (string Kernel, long Cpus)? TryParse(ReadOnlySpan<char> line)
    {
        if (!line.StartsWith("Linux ", StringComparison.Ordinal)) return null;
        var m = Pattern().Match(line.ToString());
        return m.Success && long.TryParse(m.Groups[2].ValueSpan, out var cpus) ? (m.Groups[1].Value, cpus) : null;
    }
}

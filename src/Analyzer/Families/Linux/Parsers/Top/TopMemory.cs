using System.Text.RegularExpressions;
using Analyzer.Text;

namespace Analyzer.Families.Linux.Parsers.Top;

/// <summary>
/// top's memory lines in every generation: `MiB Mem :  14927.4 total,   1854.9 free, ...` / `MiB Swap: ... avail Mem`
/// (procps-ng 3.3+, KiB/MiB/GiB per -E), `Mem:  65968872k total, 58338664k used, ...` / `Swap: ... 39128520k cached`
/// (procps 3.2) and BusyBox `Mem: 449532K used, 159356K free, 0K shrd, 0K buff, 139914K cached`.
/// </summary>
internal sealed partial class TopMemory
{
    [GeneratedRegex(@"([0-9]+(?:[.,][0-9]+)?)([kKmMgGtT]?)\s+(total|free|used|buff/cache|buffers|buff|cached|avail Mem|shrd)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Pair();

    public double? Total, Free, Used, Buffers, Cached, Available, SwapTotal, SwapFree;
    public int Line;
    public string Excerpt = "";

    /// <summary>True when the line was a memory or swap line of top.</summary>
    public bool Read(string line, int number)
    {
        var t = line.TrimStart();
        var swap = t.Contains("Swap", StringComparison.Ordinal) && t.IndexOf("Swap", StringComparison.Ordinal) < 5;
        var mem = !swap && (t.StartsWith("Mem:", StringComparison.Ordinal) || t.Contains(" Mem :", StringComparison.Ordinal) || t.Contains(" Mem:", StringComparison.Ordinal));
        if (!swap && !mem) return false;
        var scale = t.StartsWith("MiB", StringComparison.Ordinal) ? 1024.0 : t.StartsWith("GiB", StringComparison.Ordinal) ? 1024.0 * 1024 : t.StartsWith("TiB", StringComparison.Ordinal) ? 1024.0 * 1024 * 1024 : 1;
        foreach (Match m in Pair().Matches(line))
        {
            if (!HostNumber.TryDouble(m.Groups[1].ValueSpan, out var v)) continue;
            v *= m.Groups[2].Value switch { "m" or "M" => 1024, "g" or "G" => 1024.0 * 1024, "t" or "T" => 1024.0 * 1024 * 1024, _ => scale };
            switch (m.Groups[3].Value)
            {
                case "total": if (swap) SwapTotal = v; else Total = v; break;
                case "free": if (swap) SwapFree = v; else Free = v; break;
                case "used": if (!swap) Used = v; break;
                case "buffers" or "buff": Buffers = v; break;
                case "cached": Cached = v; break;
                case "buff/cache": Cached = v; break;
                case "avail Mem": Available = v; break;
            }
        }
        if (mem)
        {
            Line = number;
            Excerpt = Text.Excerpt.Of(line);
        }
        return true;
    }

    public double? TotalKb => Total ?? (Used + Free); // BusyBox prints used and free only

    /// <summary>`avail Mem` when printed; else free + buffers + cache, as the old tools reckoned it.</summary>
    public double? AvailableKb => Available ?? (Free is { } f ? f + (Buffers ?? 0) + (Cached ?? 0) : null);
}

using Analyzer.Reporting;
using Analyzer.Reporting.Sections;
using System.Globalization;
using Analyzer.Rules.Model;

namespace Analyzer.Families.Zfs.Sections;

/// <summary>How the ZFS tables print sizes, rates, ratios and latencies: short, base-1024 like the ZFS tools.</summary>
internal static class ZfsCells
{
    private static readonly string[] Units = ["B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"];

    public static string Bytes(double? bytes)
    {
        if (bytes is not { } b) return "–";
        var sign = b < 0 ? "-" : "";
        b = Math.Abs(b);
        var u = 0;
        while (b >= 1024 && u < Units.Length - 1)
        {
            b /= 1024;
            u++;
        }
        return sign + b.ToString(u == 0 || b >= 100 ? "0" : "0.#", CultureInfo.InvariantCulture) + " " + Units[u];
    }

    public static string Rate(double? perSecond) =>
        perSecond is not { } r ? "–"
        : r >= 10_000 ? (r / 1000).ToString("0", CultureInfo.InvariantCulture) + "K"
        : r >= 1000 ? (r / 1000).ToString("0.#", CultureInfo.InvariantCulture) + "K"
        : r.ToString(r >= 10 ? "0" : "0.#", CultureInfo.InvariantCulture);

    public static string Ratio(double? ratio) =>
        ratio is { } r ? (r * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%" : "–";

    public static string Wait(TimeSpan? t) => t switch
    {
        null => "–",
        { TotalMilliseconds: < 1 } v => (v.Ticks / 10.0).ToString("0", CultureInfo.InvariantCulture) + "us",
        { TotalSeconds: < 1 } v => v.TotalMilliseconds.ToString("0.#", CultureInfo.InvariantCulture) + "ms",
        var v => DurationText.Humanize(v.Value),
    };

    public static string Pair(string read, string write) => read == "–" && write == "–" ? "–" : $"{read} / {write}";
}

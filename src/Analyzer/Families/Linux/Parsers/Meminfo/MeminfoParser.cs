using Analyzer.Detection;
using Analyzer.Families.Linux.Facts;
using Analyzer.Inventory;
using Analyzer.Parsing;
using Analyzer.Rules.Facts;
using Analyzer.Text;

namespace Analyzer.Families.Linux.Parsers.Meminfo;

/// <summary>
/// /proc/meminfo: `MemTotal:       16316108 kB` lines. MemAvailable exists since Linux 3.14; before it, available is
/// estimated as MemFree + Buffers + Cached, the way old `free` did.
/// </summary>
public sealed class MeminfoParser : IFormatParser
{
    public string Format => "meminfo";
    public string Source => HostSources.Resources;
    public bool ScansUnclaimedText => false;

    public bool NameSuggests(EntryProbe nameOnly) => NameHints.IsCommandOutput(nameOnly.FileName, "meminfo");

    public DetectionConfidence Detect(EntryProbe probe)
    {
        if (probe.IsBinary) return DetectionConfidence.None;
        var lines = probe.HeadLines.Where(l => l.Trim().Length > 0).Take(4).ToList();
        var at = lines.FindIndex(l => l.TrimStart().StartsWith("MemTotal:", StringComparison.Ordinal));
        if (at < 0 || !lines.Any(l => l.TrimStart().StartsWith("MemFree:", StringComparison.Ordinal))) return DetectionConfidence.None;
        return at == 0 ? DetectionConfidence.ContentAtStart : DetectionConfidence.Content;
    }

    public void Parse(ParseContext context)
    {
        using var reader = new LineReader(context.Content);
        var values = new Dictionary<string, long>(StringComparer.Ordinal);
        var totalLine = 0;
        var totalExcerpt = "";
        while (reader.TryReadLine(out var raw))
        {
            var line = raw.Trim();
            var colon = line.IndexOf(':');
            if (colon <= 0) continue;
            var key = line[..colon].ToString();
            var value = line[(colon + 1)..].Trim();
            if (value.EndsWith(" kB", StringComparison.Ordinal)) value = value[..^3];
            if (!HostNumber.TryLong(value, out var number)) continue;
            values[key] = number;
            if (key == "MemTotal")
            {
                totalLine = reader.LineNumber;
                totalExcerpt = Excerpt.Of(line);
            }
        }
        if (!values.TryGetValue("MemTotal", out var total) || total <= 0)
        {
            context.Problem(InputStatus.Failed, "no MemTotal line");
            return;
        }
        long? Get(string key) => values.TryGetValue(key, out var v) ? v : null;
        var available = Get("MemAvailable")
            ?? (Get("MemFree") is { } f ? f + (Get("Buffers") ?? 0) + (Get("Cached") ?? 0) : null);
        var swapTotal = Get("SwapTotal");
        var swapFree = Get("SwapFree");
        context.Emit(new MemoryStats
        {
            Provenance = new Provenance(context.Path, totalLine, totalLine, totalExcerpt),
            Path = context.Path,
            Format = Format,
            TotalKb = total,
            FreeKb = Get("MemFree"),
            AvailableKb = available,
            AvailablePercent = available is { } a ? Math.Round(100.0 * a / total, 1) : null,
            SwapTotalKb = swapTotal,
            SwapFreeKb = swapFree,
            SwapUsedPercent = swapTotal is > 0 && swapFree is { } sf ? Math.Round(100.0 * (swapTotal.Value - sf) / swapTotal.Value, 1) : null,
            DirtyKb = Get("Dirty"),
            WritebackKb = Get("Writeback"),
            Unit = "kB",
        });
    }
}

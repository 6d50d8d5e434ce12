using Analyzer.Detection;
using Analyzer.Families.Linux.Facts;
using Analyzer.Inventory;
using Analyzer.Parsing;
using Analyzer.Rules.Facts;
using Analyzer.Text;

namespace Analyzer.Families.Linux.Parsers.Meminfo;

/// <summary>
/// /proc/meminfo: `MemTotal:       16316108 kB` lines. MemAvailable exists since Linux 3.14; before it, available is
/// estimated as MemFree + Buffers + Cached, the way old `free` did. The per-NUMA-node files
/// (/sys/devices/system/node/nodeN/meminfo, `Node N ` before each key; several when concatenated) give one
/// <see cref="MemoryStats"/> per node, without an available figure: the kernel keeps none per node.
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
        var total = -1;
        var free = false;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!MeminfoLine.TryParse(lines[i], out var line)) continue;
            if (line.Key.SequenceEqual("MemTotal") && total < 0) total = i;
            free |= line.Key.SequenceEqual("MemFree");
        }
        if (total < 0 || !free) return DetectionConfidence.None;
        return total == 0 ? DetectionConfidence.ContentAtStart : DetectionConfidence.Content;
    }

    public void Parse(ParseContext context)
    {
        using var reader = new LineReader(context.Content);
        var scopes = new List<Scope>();
        Scope? scope = null;
        var unitless = 0;
        while (reader.TryReadLine(out var raw))
        {
            if (!MeminfoLine.TryParse(raw, out var line)) continue;
            var key = line.Key.ToString();
            // A new node, or a key seen again (files concatenated), starts the next record.
            if (scope is null || scope.Node != line.Node || scope.Values.ContainsKey(key))
            {
                scope = new Scope(line.Node);
                scopes.Add(scope);
            }
            scope.Values[key] = line.Kb;
            if (!line.HadUnit && !key.StartsWith("HugePages_", StringComparison.Ordinal)) unitless++;
            if (key == "MemTotal")
            {
                scope.TotalLine = reader.LineNumber;
                scope.TotalExcerpt = Excerpt.Of(raw.Trim());
            }
        }
        var emitted = 0;
        foreach (var s in scopes)
            if (Emit(context, s, unitless > 0)) emitted++;
        if (emitted == 0)
        {
            context.Problem(InputStatus.Failed, "no MemTotal line");
            return;
        }
        if (unitless > 0)
            context.Problem(InputStatus.Parsed, $"{unitless} size(s) printed without a unit were taken as kB, as /proc/meminfo prints them");
        if (scopes.Any(s => s.Node is not null))
            context.Problem(InputStatus.Parsed, "per-NUMA-node meminfo: the kernel keeps no MemAvailable per node, so available memory is not judged from it");
    }

    private bool Emit(ParseContext context, Scope scope, bool unitless)
    {
        var values = scope.Values;
        if (!values.TryGetValue("MemTotal", out var total) || total <= 0) return false;
        long? Get(string key) => values.TryGetValue(key, out var v) ? v : null;
        var available = scope.Node is not null
            ? null
            : Get("MemAvailable") ?? (Get("MemFree") is { } f ? f + (Get("Buffers") ?? 0) + (Get("Cached") ?? 0) : null);
        var swapTotal = Get("SwapTotal");
        var swapFree = Get("SwapFree");
        context.Emit(new MemoryStats
        {
            Provenance = new Provenance(context.Path, scope.TotalLine, scope.TotalLine, scope.TotalExcerpt),
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
            Node = scope.Node,
            Unit = unitless ? "kB (assumed)" : "kB",
        });
        return true;
    }

    private sealed class Scope(long? node)
    {
        public long? Node { get; } = node;
        public Dictionary<string, long> Values { get; } = new(StringComparer.Ordinal);
        public int TotalLine { get; set; }
        public string TotalExcerpt { get; set; } = "";
    }
}

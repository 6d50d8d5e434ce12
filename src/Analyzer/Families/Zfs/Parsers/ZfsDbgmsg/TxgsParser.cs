using System.Globalization;
using Analyzer.Detection;
using Analyzer.Families.Zfs.Facts;
using Analyzer.Inventory;
using Analyzer.Parsing;
using Analyzer.Families.Zfs.Parsers.ZfsUnits;
using Analyzer.Rules.Facts;
using Analyzer.Text;

namespace Analyzer.Families.Zfs.Parsers.ZfsDbgmsg;

/// <summary>
/// /proc/spl/kstat/zfs/&lt;pool&gt;/txgs (a RAW kstat, `zfs_txg_history` entries): `txg birth state ndirty nread
/// nwritten reads writes otime qtime wtime stime`, times in ns, birth in hrtime ns. Folded into one
/// <see cref="ZfsTxgSync"/> (origin txgs): longest sync, mean sync, longest open, largest gap between births. A txg
/// still syncing (state S) counts with the time since its sync began (header snaptime − birth − otime − qtime − wtime),
/// so a sync that never finishes shows up.
/// </summary>
public sealed class TxgsParser : IFormatParser
{
    public string Format => "zfs-txgs";
    public string Source => ZfsSources.Txg;
    public bool ScansUnclaimedText => false;

    public bool NameSuggests(EntryProbe nameOnly) =>
        nameOnly.FileName == "txgs" && nameOnly.HostPath.Contains("kstat/zfs/", StringComparison.Ordinal);

    public DetectionConfidence Detect(EntryProbe probe)
    {
        if (probe.IsBinary || probe.HeadLines.Count == 0) return DetectionConfidence.None;
        var lines = probe.HeadLines;
        var start = KstatHeader.TryParse(lines[0]) is not null ? 1 : 0;
        if (lines.Count > start && IsHeader(lines[start])) return DetectionConfidence.ContentAtStart;
        return NameSuggests(probe) ? DetectionConfidence.Name : DetectionConfidence.None;
    }

    private static bool IsHeader(ReadOnlySpan<char> line) => line.StartsWith("txg ", StringComparison.Ordinal) && line.Contains(" birth ", StringComparison.Ordinal) && line.Contains("stime", StringComparison.Ordinal);

    public void Parse(ParseContext context)
    {
        using var reader = new LineReader(context.Content);
        KstatHeader? kstat = null;
        string[]? columns = null;
        var agg = new TxgsAggregate();
        var bad = 0;
        Span<Range> r = stackalloc Range[24];
        var seenText = false;
        while (reader.TryReadLine(out var line))
        {
            // The kstat header is the first text line: line 1 of the file, or of a section further down a paste.
            var first = !seenText && !line.IsWhiteSpace();
            seenText |= first;
            if (first && (kstat = KstatHeader.TryParse(line)) is not null) continue;
            if (line.IsWhiteSpace()) continue;
            if (columns is null)
            {
                if (IsHeader(line)) columns = line.ToString().Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
                else bad++;
                continue;
            }
            var n = Analyzer.Text.BlankFields.Split(line, r, out var total);
            if (total != columns.Length || n != total || !agg.Add(line, r[..n], columns, kstat, context.Path, reader.LineNumber))
                bad++;
        }
        if (columns is null || agg.Txgs == 0)
        {
            context.Problem(InputStatus.Failed, columns is null ? "no `txg birth state …` header" : "no txg rows");
            return;
        }
        if (bad > 0) context.Problem(InputStatus.Partial, $"{bad} line(s) are not txg rows");
        context.Emit(agg.ToFact(context.Path, PoolOf(context.Path)));
    }

    // /proc/spl/kstat/zfs/<pool>/txgs
    private static string? PoolOf(string path)
    {
        var parts = path.Split('/');
        return parts.Length >= 2 && parts[^1] == "txgs" ? parts[^2] : null;
    }
}

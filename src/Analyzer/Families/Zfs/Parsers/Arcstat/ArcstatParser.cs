using Analyzer.Detection;
using Analyzer.Families.Zfs.Facts;
using Analyzer.Inventory;
using Analyzer.Parsing;
using Analyzer.Families.Zfs.Parsers.ZfsUnits;
using Analyzer.Rules.Facts;
using Analyzer.Text;

namespace Analyzer.Families.Zfs.Parsers.Arcstat;

/// <summary>
/// arcstat / arcstat.py / zarcstat output of every release: header-driven columns (0.6–0.8 `read miss miss% … arcsz c`,
/// 2.0/2.1 `… size c avail`, 2.2+ `read ddread ddh% dmread dmh% pread ph% size c avail`, custom `-f` lists), pretty
/// values (`3.5K`, `1.1G`, negative `avail`) or `-p` raw numbers, headers repeated every 20 rows. One
/// <see cref="ArcstatInterval"/> per row, up to <see cref="MaxIntervals"/> per file.
/// </summary>
public sealed class ArcstatParser : IFormatParser
{
    /// <summary>A day of one-second samples; past this the rows are counted, not kept.</summary>
    public const int MaxIntervals = 86_400;

    public string Format => "zfs-arcstat";
    public string Source => ZfsSources.Arc;
    public bool ScansUnclaimedText => false;

    public DetectionConfidence Detect(EntryProbe probe)
    {
        if (probe.IsBinary) return DetectionConfidence.None;
        var lines = probe.HeadLines;
        for (var i = 0; i < Math.Min(lines.Count, 8); i++)
        {
            if (ArcstatColumns.TryParse(lines[i]) is not { } cols || cols.IndexOf("time") != 0) continue;
            return i <= 2 ? DetectionConfidence.ContentAtStart : DetectionConfidence.Content;
        }
        var host = probe.HostPath;
        return probe.FileName.StartsWith("arcstat", StringComparison.Ordinal) || probe.FileName.StartsWith("zarcstat", StringComparison.Ordinal)
               || SosLayout.IsCommandOutput(host, "zfs", "arcstat") || SosLayout.IsCommandOutput(host, "zfs", "zarcstat")
            ? DetectionConfidence.Name
            : DetectionConfidence.None;
    }

    public void Parse(ParseContext context)
    {
        using var reader = new LineReader(context.Content);
        ArcstatColumns? columns = null;
        var rows = 0;
        var dropped = 0;
        var bad = 0;
        var firstBad = 0;
        while (reader.TryReadLine(out var line))
        {
            var trimmed = line.Trim();
            if (trimmed.IsEmpty || trimmed[0] is '#' or '$') continue; // the command line a user pasted above it
            if (ArcstatColumns.TryParse(trimmed) is { } header)
            {
                columns = header;
                continue;
            }
            if (columns is null) continue; // banner text before the first header
            if (!ArcstatRow.TryRead(trimmed, columns, out var row))
            {
                bad++;
                if (firstBad == 0) firstBad = reader.LineNumber;
                continue;
            }
            rows++;
            if (rows > MaxIntervals)
            {
                dropped++;
                continue;
            }
            context.Emit(row.ToFact(context.Path, new Provenance(context.Path, reader.LineNumber, null, Fields.Excerpt(trimmed))));
        }
        if (columns is null)
        {
            context.Problem(InputStatus.Failed, "no arcstat header line (`time read miss …` or similar)");
            return;
        }
        if (rows == 0)
            context.Problem(InputStatus.Partial, "a header but no interval rows");
        if (bad > 0)
            context.Problem(InputStatus.Partial, $"{bad} row(s) do not fit the header's columns (first at line {firstBad})");
        if (dropped > 0)
            context.Problem(InputStatus.Partial, $"only the first {MaxIntervals} intervals were kept; {dropped} later ones were counted and dropped");
    }
}

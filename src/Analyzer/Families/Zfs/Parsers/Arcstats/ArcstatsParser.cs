using System.Globalization;
using Analyzer.Detection;
using Analyzer.Families.Zfs.Facts;
using Analyzer.Inventory;
using Analyzer.Parsing;
using Analyzer.Families.Zfs.Parsers.ZfsUnits;
using Analyzer.Text;

namespace Analyzer.Families.Zfs.Parsers.Arcstats;

/// <summary>
/// /proc/spl/kstat/zfs/arcstats (kstat NAMED): the header line, `name type data`, then one `name type value` row per
/// statistic. Any name is accepted (the set changes between releases); type 3 (INT64) may be negative, type 4 (UINT64)
/// values beyond long are clamped. One <see cref="ArcStats"/> fact per file.
/// </summary>
public sealed class ArcstatsParser : IFormatParser
{
    public string Format => "zfs-arcstats";
    public string Source => ZfsSources.Arc;
    public bool ScansUnclaimedText => false;

    public DetectionConfidence Detect(EntryProbe probe)
    {
        if (probe.IsBinary || probe.HeadLines.Count == 0) return DetectionConfidence.None;
        var lines = probe.HeadLines;
        var first = KstatHeader.TryParse(lines[0]);
        var second = first is not null && lines.Count > 1 ? 1 : 0;
        var named = lines.Count > second && IsColumnHeader(lines[second]);
        if (named && LooksLikeArc(lines))
            return DetectionConfidence.ContentAtStart;
        if (SosLayout.EndsWithSegments(probe.HostPath, "proc/spl/kstat/zfs/arcstats") || probe.FileName is "arcstats" or "arcstats.txt")
            return DetectionConfidence.Name;
        return DetectionConfidence.None;
    }

    private static bool IsColumnHeader(ReadOnlySpan<char> line)
    {
        Span<Range> r = stackalloc Range[4];
        return Analyzer.Text.BlankFields.Split(line, r, out var total) == 3 && total == 3
            && line[r[0]] is "name" && line[r[1]] is "type" && line[r[2]] is "data";
    }

    // Other NAMED kstats (zil, dmu_tx, abdstats) share the layout; only the ARC's has these rows.
    private static bool LooksLikeArc(IReadOnlyList<string> lines) =>
        lines.Any(l => l.StartsWith("c_max ", StringComparison.Ordinal) || l.StartsWith("hits ", StringComparison.Ordinal)
                       || l.StartsWith("demand_data_hits ", StringComparison.Ordinal));

    public void Parse(ParseContext context)
    {
        using var reader = new LineReader(context.Content);
        var values = new ArcstatsValues();
        KstatHeader? header = null;
        var bad = 0;
        var firstBadLine = 0;
        var seenText = false;
        while (reader.TryReadLine(out var line))
        {
            // The kstat header is the first text line: line 1 of the file, or of a section further down a paste.
            var first = !seenText && !line.IsWhiteSpace();
            seenText |= first;
            if (first && (header = KstatHeader.TryParse(line)) is not null) continue;
            if (line.IsWhiteSpace() || (values.Rows == 0 && IsColumnHeader(line))) continue;
            if (!TryRow(line, values))
            {
                bad++;
                if (firstBadLine == 0) firstBadLine = reader.LineNumber;
            }
        }
        if (values.Rows == 0)
        {
            context.Problem(InputStatus.Failed, "no `name type data` rows");
            return;
        }
        if (bad > 0)
            context.Problem(InputStatus.Partial, $"{bad} line(s) are not `name type value` rows (first at line {firstBadLine})");
        if (header is { Type: not 1 })
            context.Problem(InputStatus.Partial, $"kstat header says type {header.Type}, not NAMED (1)");
        if (!values.Has("hits") || !values.Has("misses") || !values.Has("size"))
            context.Problem(InputStatus.Partial, "hits, misses or size missing (an excerpt?): missing values read as 0");
        context.Emit(values.ToFact(context.Path, header));
    }

    private static bool TryRow(ReadOnlySpan<char> line, ArcstatsValues values)
    {
        Span<Range> r = stackalloc Range[4];
        var n = Analyzer.Text.BlankFields.Split(line, r);
        if (n < 3) return false;
        var name = line[r[0]];
        if (!int.TryParse(line[r[1]], NumberStyles.None, CultureInfo.InvariantCulture, out var type) || type > 7) return false;
        var data = line[r[2].Start..].TrimEnd();
        if (type is 0 or 7) // CHAR / STRING: kept as text only in the count
        {
            values.Count(name);
            return true;
        }
        if (long.TryParse(data, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var signed))
        {
            values.Set(name, signed);
            return true;
        }
        if (ulong.TryParse(data, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            values.Set(name, long.MaxValue); // UINT64 above long: clamp, never wrap negative
            return true;
        }
        return false;
    }
}

using Analyzer.Detection;

namespace Analyzer.Families.Linux.Parsers.Iostat;

/// <summary>A sysstat banner or an `avg-cpu:` line first; a device header with iostat columns anywhere in the head.</summary>
internal static class IostatDetection
{
    public static bool NameSuggests(EntryProbe nameOnly) => IsIostatName(nameOnly.FileName);

    /// <summary>`iostat`, `iostat.txt`, `iostat_-x_1_3`, but not sysfs's `iostats` flag file.</summary>
    private static bool IsIostatName(string name) =>
        name.StartsWith("iostat", StringComparison.OrdinalIgnoreCase) && !(name.Length > 6 && char.IsAsciiLetter(name[6]));

    public static DetectionConfidence Detect(EntryProbe probe)
    {
        if (probe.IsBinary) return DetectionConfidence.None;
        var lines = probe.HeadLines;
        var firstIndex = -1;
        for (var i = 0; i < lines.Count; i++)
            if (lines[i].AsSpan().Trim().Length > 0) { firstIndex = i; break; }
        if (firstIndex < 0) return DetectionConfidence.None;
        var first = lines[firstIndex].AsSpan().Trim();
        var hasDevice = false;
        var hasAvgCpu = false;
        for (var i = firstIndex; i < Math.Min(lines.Count, 200); i++)
        {
            var line = lines[i].AsSpan().Trim();
            if (line.StartsWith("avg-cpu:", StringComparison.Ordinal)) hasAvgCpu = true;
            else if (IostatHeader.TryParse(line) is not null) hasDevice = true;
        }
        if (IostatBanner.Is(first) && (hasDevice || hasAvgCpu)) return DetectionConfidence.ContentAtStart;
        if (first.StartsWith("avg-cpu:", StringComparison.Ordinal) || (IostatHeader.TryParse(first) is not null)) return DetectionConfidence.ContentAtStart;
        if (hasDevice || hasAvgCpu) return DetectionConfidence.Content;
        return ByName(probe, lines) ? DetectionConfidence.Name : DetectionConfidence.None;
    }

    /// <summary>
    /// `iostat`, `iostat.txt`, `iostat_-x_1_3` whose content did not show a report, but not sysfs's `iostats` flag
    /// (/sys/block/sda/queue/iostats holds `1`) nor any other file whose content is one bare value: iostat prints a
    /// banner or a table, never a lone number.
    /// </summary>
    private static bool ByName(EntryProbe probe, IReadOnlyList<string> lines)
    {
        if (!IsIostatName(probe.FileName)) return false;
        var text = lines.Where(l => l.AsSpan().Trim().Length > 0).Take(2).ToList();
        return !(text.Count == 1 && text[0].AsSpan().Trim().IndexOfAny(' ', '\t') < 0);
    }
}

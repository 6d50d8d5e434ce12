using Analyzer.Detection;

namespace Analyzer.Families.Linux.Parsers.Iostat;

/// <summary>A sysstat banner or an `avg-cpu:` line first; a device header with iostat columns anywhere in the head.</summary>
internal static class IostatDetection
{
    public static bool NameSuggests(EntryProbe nameOnly) => nameOnly.FileName.StartsWith("iostat", StringComparison.OrdinalIgnoreCase);

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
        return NameSuggests(probe) ? DetectionConfidence.Name : DetectionConfidence.None;
    }
}

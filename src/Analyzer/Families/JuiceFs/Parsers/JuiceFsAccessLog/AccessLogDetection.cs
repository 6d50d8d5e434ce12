using Analyzer.Detection;

namespace Analyzer.Families.JuiceFs.Parsers.JuiceFsAccessLog;

/// <summary>
/// Content first: a record line (`2025.01.21 12:07:28.210770 [uid:`) at the start (after `#` keep-alives) or
/// anywhere in the head. Names second: `.accesslog`, `*.accesslog` (juicefs debug), `access.log`, the Hadoop SDK's
/// `juicefs.access-log` / `*access-log*`.
/// </summary>
internal static class AccessLogDetection
{
    public static DetectionConfidence Detect(EntryProbe probe)
    {
        if (probe.IsBinary)
            return DetectionConfidence.None;
        var first = true;
        foreach (var line in probe.HeadLines)
        {
            if (line.Length == 0 || line[0] == '#')
                continue; // keep-alives and blank lines
            if (AccessLineParser.StartsRecord(line))
                return first ? DetectionConfidence.ContentAtStart : DetectionConfidence.Content;
            first = false;
        }
        return IsAccessLogName(probe.FileName) ? DetectionConfidence.Name : DetectionConfidence.None;
    }

    public static bool IsAccessLogName(string fileName)
    {
        var name = fileName.ToLowerInvariant();
        return name.EndsWith(".accesslog", StringComparison.Ordinal) || name == "accesslog"
            || name.Contains("access-log", StringComparison.Ordinal) || name.Contains("accesslog.", StringComparison.Ordinal);
    }
}

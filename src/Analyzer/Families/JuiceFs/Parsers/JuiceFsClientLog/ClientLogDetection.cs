using Analyzer.Detection;
using Analyzer.Families.JuiceFs.Parsers.JuiceFsAccessLog;

namespace Analyzer.Families.JuiceFs.Parsers.JuiceFsClientLog;

/// <summary>
/// Content first: a message head (`2022/11/10 11:35:53.662024 juicefs[24404] &lt;INFO&gt;: `, colours and `[log-id]`
/// allowed) on the first line (or the second, under a fragment of a line a paste cut) or among the first lines. Names second: `juicefs.log` (debug bundle, /var/log,
/// ~/.juicefs).
/// </summary>
internal static class ClientLogDetection
{
    public static bool NameSuggests(EntryProbe nameOnly)
    {
        var name = nameOnly.FileName.ToLowerInvariant();
        return name is "juicefs.log" || (name.StartsWith("juicefs", StringComparison.Ordinal) && name.EndsWith(".log", StringComparison.Ordinal) && !name.Contains("access", StringComparison.Ordinal));
    }

    public static DetectionConfidence Detect(EntryProbe probe)
    {
        if (probe.IsBinary)
            return DetectionConfidence.None;
        var clock = new LocalTimestamp('/');
        var scratch = new char[4096];
        var index = 0;
        var nonBlank = 0;
        foreach (var line in probe.HeadLines)
        {
            if (index++ > 200) break;
            if (line.AsSpan().IsWhiteSpace())
                continue;
            if (ClientLogHeader.TryParse(AnsiCodes.Strip(line.AsSpan(0, Math.Min(line.Length, scratch.Length)), scratch), clock, out _))
                return LeadingAnchor.Confidence(nonBlank);
            nonBlank++;
        }
        return NameSuggests(probe) ? DetectionConfidence.Name : DetectionConfidence.None;
    }
}

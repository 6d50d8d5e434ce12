using Analyzer.Detection;

namespace Analyzer.Families.Go.Parsers.GoMemStats;

/// <summary>
/// expvar's /debug/vars is a JSON object whose built-in keys are "cmdline" and "memstats"; other JSON is left alone.
/// Keys are sorted, so a large application var can push "memstats" out of the head while "cmdline" stays in it.
/// A bare <c>json.Marshal(runtime.MemStats)</c> object (MemStats fields at the top level) is the same data unwrapped.
/// </summary>
internal static class ExpvarDetection
{
    public static DetectionConfidence Detect(EntryProbe probe)
    {
        var head = probe.Head.Span;
        var start = head.IndexOfAnyExcept(" \t\r\n"u8);
        if (probe.IsBinary || start < 0 || head[start] != (byte)'{')
            return DetectionConfidence.None;
        if (head.IndexOf("\"memstats\""u8) >= 0 || MemStatsFields.IsBareObject(head))
            return DetectionConfidence.ContentAtStart;
        if (head.IndexOf("\"cmdline\""u8) >= 0)
            return DetectionConfidence.Content;
        return IsVarsName(probe.FileName) ? DetectionConfidence.Name : DetectionConfidence.None;
    }

    /// <summary>Names collectors give the endpoint's output: curl's `vars`, kubo's `ipfs.vars`, saved copies.</summary>
    public static bool IsVarsName(string fileName)
    {
        var name = fileName.ToLowerInvariant();
        return name is "vars" or "debug/vars" or "ipfs.vars" or "vars.json"
            || name.EndsWith(".vars.json", StringComparison.Ordinal)
            || (name.StartsWith("expvar", StringComparison.Ordinal) && name.EndsWith(".json", StringComparison.Ordinal));
    }
}

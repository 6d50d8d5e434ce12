using Analyzer.Detection;

namespace Analyzer.Families.Linux.Parsers.KernelLog;

/// <summary>
/// Content first: several lines in the head carry a kernel marker (dmesg stamp, `kernel:` tag, printk level) or are
/// kernel report lines (hung task, Oops, call-trace frames...). Names second: dmesg*, kern.log*, syslog*, messages*,
/// journal*.
/// </summary>
internal static class KernelLogDetection
{
    private const int MinLines = 3;
    private const int MaxHeadLines = 400;

    public static DetectionConfidence Detect(EntryProbe probe)
    {
        if (probe.IsBinary)
            return DetectionConfidence.None;
        var score = 0;
        var nonBlank = 0;
        var firstIsKernel = false;
        foreach (var line in probe.HeadLines)
        {
            if (line.AsSpan().IsWhiteSpace())
                continue;
            if (++nonBlank > MaxHeadLines)
                break;
            var origin = KernelLinePrefix.Strip(line, out var p, out _);
            var kernel = origin == LineOrigin.Kernel || IsKernelText(p);
            if (kernel)
                score++;
            if (nonBlank == 1)
                firstIsKernel = kernel;
            if (score >= MinLines)
                return firstIsKernel ? DetectionConfidence.ContentAtStart : DetectionConfidence.Content;
        }
        if (score > 0 && score == nonBlank) // a tiny file made only of kernel lines
            return DetectionConfidence.ContentAtStart;
        return ByName(probe.FileName) ? DetectionConfidence.Name : DetectionConfidence.None;
    }

    /// <summary>Payloads that only a kernel prints, for captures without any prefix.</summary>
    public static bool IsKernelText(ReadOnlySpan<char> p) =>
        p.StartsWith("INFO: task ") || p.StartsWith("Call Trace:") || p.StartsWith("Call trace:")
        || p.Contains("BUG: soft lockup", StringComparison.Ordinal) || p.StartsWith("Kernel panic - not syncing")
        || p.Contains(" invoked oom-killer: ", StringComparison.Ordinal) || p.StartsWith("Out of memory: ")
        || p.StartsWith("BUG: ") || p.StartsWith("Oops: ") || p.StartsWith("PANIC at ") || p.StartsWith("SPLError: ")
        || (p.StartsWith("VERIFY") && p.Contains(") failed", StringComparison.Ordinal))
        || p.StartsWith("LustreError: ") || p.StartsWith("LNetError: ") || p.StartsWith("rcu: ") || p.StartsWith("INFO: rcu_")
        || p.Contains(" error, dev ", StringComparison.Ordinal) || TaskLine.IsKeyValue(p) || p.StartsWith("watchdog: ")
        || p.StartsWith("NMI watchdog: ") || p.StartsWith("CPU: ") && p.Contains(" PID: ", StringComparison.Ordinal)
        || FrameLine.Parse(p, out _, out _, out _) == FrameLineKind.Frame;

    private static bool ByName(string fileName)
    {
        var name = fileName.ToLowerInvariant();
        return name.StartsWith("dmesg", StringComparison.Ordinal) || name.StartsWith("kern.log", StringComparison.Ordinal)
            || name.StartsWith("kern_log", StringComparison.Ordinal) || name.StartsWith("syslog", StringComparison.Ordinal)
            || name.StartsWith("messages", StringComparison.Ordinal) || name.StartsWith("journal", StringComparison.Ordinal)
            || name.StartsWith("kmsg", StringComparison.Ordinal) || name.StartsWith("console", StringComparison.Ordinal);
    }
}

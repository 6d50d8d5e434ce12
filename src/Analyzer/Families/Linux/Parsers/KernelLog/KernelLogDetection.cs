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
        var onlyBareFrames = true;
        var anyLogLine = false;
        foreach (var line in probe.HeadLines)
        {
            if (line.AsSpan().IsWhiteSpace())
                continue;
            if (++nonBlank > MaxHeadLines)
                break;
            var origin = KernelLinePrefix.Strip(line, out var p, out _);
            var kernel = origin == LineOrigin.Kernel || IsKernelText(p);
            anyLogLine |= origin != LineOrigin.Bare;
            if (kernel)
            {
                score++;
                if (origin == LineOrigin.Kernel || !IsBareFrame(p))
                    onlyBareFrames = false;
            }
            if (nonBlank == 1)
                firstIsKernel = kernel;
            if (score >= MinLines)
                return firstIsKernel ? DetectionConfidence.ContentAtStart : DetectionConfidence.Content;
        }
        // A tiny file made only of kernel lines — but one word such as "(none)" (a sysctl) also parses as a bare frame.
        if (score > 0 && score == nonBlank && !(nonBlank == 1 && onlyBareFrames))
            return DetectionConfidence.ContentAtStart;
        // A name alone claims a log, not a setting: sysctls such as /proc/sys/kernel/dmesg_restrict or a one-line
        // `journalctl --disk-usage` share the log's name but are a short line without any log stamp.
        var settingSized = probe.IsComplete && nonBlank <= 2 && probe.Head.Length < 256 && !anyLogLine;
        return ByName(probe.FileName) && !settingSized ? DetectionConfidence.Name : DetectionConfidence.None;
    }

    private static bool IsBareFrame(ReadOnlySpan<char> p) =>
        FrameLine.Parse(p, out _, out _, out _) == FrameLineKind.Frame && !p.Contains("+0x", StringComparison.Ordinal);

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

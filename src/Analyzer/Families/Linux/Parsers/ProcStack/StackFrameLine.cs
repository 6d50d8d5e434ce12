using System.Text.RegularExpressions;
using Analyzer.Families.Linux.Facts;

namespace Analyzer.Families.Linux.Parsers.ProcStack;

/// <summary>
/// One /proc/PID/stack line, `[<%pK>] %pB`: `[<0>] io_schedule+0x12/0x40` (addresses hidden since ~4.16),
/// `[<ffffffff8108b3f5>] futex_wait_queue_me+0xd5/0x130 [mod]` on older kernels, which end with a
/// `[<ffffffffffffffff>] 0xffffffffffffffff` terminator that is not a frame.
/// </summary>
internal static partial class StackFrameLine
{
    [GeneratedRegex(@"^\[<([0-9a-fA-Fx]+)>\]\s+([^+\s\[]+)(\+0x[0-9a-fA-F]+/0x[0-9a-fA-F]+)?(?:\s+\[([^\]]+)\])?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    private static readonly string[] EntryPrefixes =
        ["entry_SYSCALL", "entry_INT80", "entry_SYSENTER", "ret_from_fork", "system_call_fastpath", "el0t_64_sync", "el0t_32_sync"];

    /// <summary>
    /// The frame every stack of a task ends with: the system-call or fork entry (x86-64, i386, arm64). A frame after it
    /// is the next stack, as when `cat /proc/N/stack` ran twice with nothing printed between.
    /// </summary>
    public static bool IsEntry(string function)
    {
        foreach (var prefix in EntryPrefixes)
            if (function.StartsWith(prefix, StringComparison.Ordinal)) return true;
        return false;
    }

    public static bool LooksLikeFrame(ReadOnlySpan<char> line) => line.StartsWith("[<", StringComparison.Ordinal);

    /// <summary>The frame, or null for the terminator and for lines that are no frame.</summary>
    public static KernelFrame? TryParse(ReadOnlySpan<char> line, out bool terminator)
    {
        terminator = false;
        if (!LooksLikeFrame(line)) return null;
        var m = Pattern().Match(line.ToString());
        if (!m.Success) return null;
        var function = m.Groups[2].Value;
        if (function.StartsWith("0x", StringComparison.Ordinal) && m.Groups[3].Length == 0)
        {
            terminator = true;
            return null;
        }
        return new KernelFrame(function, m.Groups[3].Value, m.Groups[4].Value);
    }
}

using Analyzer.Families.Linux.Facts;

namespace Analyzer.Families.Linux.Parsers.ProcStack;

/// <summary>
/// The frame that says what a sleeping task waits in: the innermost one that is not generic scheduler or wait-queue
/// plumbing (`schedule`, `io_schedule`, `bit_wait_io`, `wait_for_completion`...), which every sleeping stack shares.
/// </summary>
internal static class WaitFunction
{
    private static readonly string[] PlumbingPrefixes =
    [
        "__schedule", "schedule", "io_schedule", "preempt_schedule", "bit_wait", "__wait_on_bit", "out_of_line_wait_on_bit",
        "wait_for_completion", "__wait_for_common", "do_wait_for_common", "wait_woken", "__wait_event", "prepare_to_wait",
        "folio_wait_bit", "wait_on_page_bit", "__folio_lock", "__lock_page", "rwsem_down", "__rwsem_down", "__mutex_lock",
        "mutex_lock", "down_read", "down_write", "__down", "down", "percpu_rwsem_wait", "cv_wait", "__cv_wait",
    ];

    public static string Of(IReadOnlyList<KernelFrame> frames)
    {
        foreach (var f in frames)
        {
            if (!IsPlumbing(f.Function)) return f.Function;
        }
        return frames.Count > 0 ? frames[0].Function : "";
    }

    private static bool IsPlumbing(string function)
    {
        foreach (var p in PlumbingPrefixes)
        {
            if (function.StartsWith(p, StringComparison.Ordinal)
                && (function.Length == p.Length || function[p.Length] is '_' or '.' || p.EndsWith('_') || p.StartsWith("__", StringComparison.Ordinal) || p.EndsWith("wait", StringComparison.Ordinal)))
                return true;
        }
        return false;
    }
}

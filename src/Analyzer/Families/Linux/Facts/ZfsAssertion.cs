using Analyzer.Rules.Facts;

namespace Analyzer.Families.Linux.Facts;

/// <summary>
/// An OpenZFS/SPL assertion in the kernel log: `VERIFY(...) failed` / `VERIFY3(...) failed (a op b)` and the
/// `PANIC at file:line:func()` that follows, an old `SPLError: pid:0:(file:line:func()) SPL PANIC`, or a
/// `PANIC: MESSAGE` of zfs_panic_recover (`PANIC: zfs: adding existent segment to range tree (...)`). The thread
/// then sleeps forever, so hung-task reports of other threads usually follow.
/// </summary>
[FactRecord("ZfsAssertion", KernelSources.KernelLog, Description = "A ZFS/SPL VERIFY failure or PANIC in the kernel log")]
public sealed record ZfsAssertion : IFact
{
    public required Provenance Provenance { get; init; }

    [Field("Macro as printed: VERIFY, VERIFY3, VERIFY3U, VERIFY0..., PANIC (PANIC at without a VERIFY line, or a PANIC: message), SPLError")] public required string Kind { get; init; }
    [Field("The asserted expression, e.g. 'zfs_rs_get_end(rs, rt) >= end'; empty for a bare PANIC")] public string Expression { get; init; } = "";
    [Field("Values printed after 'failed', e.g. '498722471936 >= 498724454400'")] public string? Values { get; init; }
    [Field("Message of a 'PANIC: MESSAGE' line (zfs_panic_recover), e.g. 'zfs: adding existent segment to range tree (offset=1e3c2c000 size=2000)'; null for VERIFY/PANIC at/SPLError")] public string? Message { get; init; }
    [Field("Source file of the PANIC at / SPLError location, e.g. range_tree.c")] public string? File { get; init; }
    [Field("Source line of that location, 0 when not printed")] public long Line { get; init; }
    [Field("Function of that location, e.g. zfs_range_tree_remove_impl")] public string? Function { get; init; }
    [Field("Process id of the asserting thread (Showing stack for process N / CPU: line), 0 when not printed")] public long Pid { get; init; }
    [Field("Command name of the asserting thread (CPU: line), empty when not printed")] public string Comm { get; init; } = "";
    [Field("Call trace, innermost first, at most 32 frames")] public IReadOnlyList<string> Frames { get; init; } = [];
    [Field("Innermost meaningful frames (dump_stack/spl_panic skipped) joined with ' ← ' (callee ← caller)")] public string TopFrames { get; init; } = "";
    [Field("Timestamp of the first line as printed")] public string? Time { get; init; }
}

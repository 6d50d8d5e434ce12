using Analyzer.Rules.Facts;

namespace Analyzer.Families.Linux.Facts;

/// <summary>One Oops / BUG / general protection fault / kernel BUG / WARNING report with its task and call trace.</summary>
[FactRecord("KernelCrash", KernelSources.KernelLog, Description = "An Oops, BUG, general protection fault or WARNING reported by the kernel")]
public sealed record KernelCrash : IFact
{
    public required Provenance Provenance { get; init; }

    [Field("null-deref, page-fault, gpf, bug-at (kernel BUG at file:line), invalid-opcode, oops, bug (other BUG: lines), lustre-lbug (Lustre ASSERTION/LBUG), warning")] public required string Kind { get; init; }
    [Field("The report's first line, without the transport prefix")] public required string Message { get; init; }
    [Field("Faulting address for null-deref/page-fault, as printed")] public string? Address { get; init; }
    [Field("Source location for kernel BUG at / WARNING at, e.g. fs/xfs/xfs_buf.c:123")] public string? Location { get; init; }
    [Field("Process id from the CPU:/Pid: line (or the WARNING line), 0 when not printed")] public long Pid { get; init; }
    [Field("Command name from the CPU: line, empty when not printed")] public string Comm { get; init; } = "";
    [Field("Faulting function from RIP:/IP:/PC is at (function[ module])")] public string? Function { get; init; }
    [Field("Module of the faulting function or of the first module frame, e.g. zfs")] public string? Module { get; init; }
    [Field("Taint flags from the CPU: line, empty when 'Not tainted'")] public string Taint { get; init; } = "";
    [Field("Call trace, innermost first, at most 32 frames")] public IReadOnlyList<string> Frames { get; init; } = [];
    [Field("Innermost meaningful frames joined with ' ← ' (callee ← caller)")] public string TopFrames { get; init; } = "";
    [Field("Timestamp of the report's first line as printed")] public string? Time { get; init; }
}

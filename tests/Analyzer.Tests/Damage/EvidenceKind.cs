namespace Analyzer.Tests.Damage;

/// <summary>
/// What a fixture file is, as far as its carriers go: a log shipper carries streams, never a one-off snapshot, and a
/// journald wrapper tags kernel lines <c>kernel</c>. Decided from the format the clean fixture was read as.
/// </summary>
internal enum EvidenceKind
{
    /// <summary>A kernel log (dmesg, kern.log, journalctl -k): journald and syslog tag its lines <c>kernel</c>.</summary>
    KernelLog,

    /// <summary>A program's log or stderr (service log, Go dump on stderr, JuiceFS log, access log, Lustre debug log).</summary>
    ServiceLog,

    /// <summary>A periodic sampler left running (<c>iostat -x 5</c>, <c>vmstat 5</c>, <c>arcstat 1</c>, <c>top -b</c>): its output streams through a shipper like a log.</summary>
    Sampler,

    /// <summary>A one-off command output or kernel file (<c>ps</c>, <c>/proc</c>, meminfo, kstats, JSON, profiles as text): no shipper carries it, only a terminal or an editor.</summary>
    Snapshot,
}

namespace Analyzer.Families.Linux.Parsers.KernelLog;

/// <summary>The multi-line kernel reports the parser assembles (one fact each).</summary>
internal enum ReportKind
{
    None,
    HungTask,
    BlockedDump,
    Crash,
    Panic,
    Lockup,
    RcuStall,
    Zfs,
}

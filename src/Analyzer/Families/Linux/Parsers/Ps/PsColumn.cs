namespace Analyzer.Families.Linux.Parsers.Ps;

/// <summary>The process-table columns triage reads (ps headers of every format option, top's task table).</summary>
internal enum PsColumn
{
    Other = 0,
    Pid,
    Tid,
    Ppid,
    User,
    State,
    Wchan,
    Cpu,
    Mem,
    Rss,
    Threads,
    /// <summary>A start time: one token (`10:00`, `Nov30`), two (`Dec 02`) or five with lstart (`Tue Dec  2 10:00:01 2026`).</summary>
    Start,
    Command,
}

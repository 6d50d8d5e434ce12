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
    Command,
}

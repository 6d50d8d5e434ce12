namespace Analyzer.Families.Linux.Parsers.Ps;

/// <summary>One table row split into the columns triage reads; strings are made only for rows worth keeping.</summary>
internal ref struct ProcessRow
{
    public long Pid;
    public long? Tid;
    public long? Ppid;
    public char State;
    public ReadOnlySpan<char> Stat;
    public ReadOnlySpan<char> User;
    public ReadOnlySpan<char> Wchan;
    public ReadOnlySpan<char> Command;
    public ReadOnlySpan<char> Args;
    public double? Cpu;
    public double? Mem;
    public long? RssKb;
    public long? Threads;
    /// <summary>A thread row of `ps m` (PID printed as `-`): it belongs to the process row above it.</summary>
    public bool ThreadRow;

    /// <summary>The task id the kernel reports (thread id with -L / -T, else the pid).</summary>
    public readonly long TaskId => Tid ?? Pid;
}

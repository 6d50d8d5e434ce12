namespace Analyzer.Families.Linux.Parsers.Ps;

/// <summary>
/// A process-table header mapped by name (procps header texts: `ps aux`, `-ef`, `alx`, `-elfL`, any `-eo` list, and
/// top's `PID USER PR NI VIRT RES SHR S %CPU %MEM TIME+ COMMAND`). Values are split on blanks; the last command
/// column (COMMAND/CMD/ARGS) takes whatever tokens the others leave, so command lines with spaces parse anywhere.
/// </summary>
internal sealed class ProcessTableHeader
{
    private ProcessTableHeader(PsColumn[] columns, string[] names, int flexible)
    {
        Columns = columns;
        Names = names;
        Flexible = flexible;
    }

    public PsColumn[] Columns { get; }
    public string[] Names { get; }
    /// <summary>Index of the column that absorbs extra tokens (the last command column), or -1.</summary>
    public int Flexible { get; }
    public int Count => Columns.Length;
    public string Layout => string.Join(' ', Names);
    public bool Has(PsColumn column) => Array.IndexOf(Columns, column) >= 0;

    /// <summary>True when a command column holds the first of two (`-o comm,args` prints COMMAND twice).</summary>
    public int CommandIndex { get; private init; } = -1;

    /// <summary>True when no header was printed and the columns were inferred from the rows (<see cref="HeaderlessLayout"/>).</summary>
    public bool Inferred { get; private init; }

    internal ProcessTableHeader AsInferred() => new(Columns, Names, Flexible) { CommandIndex = CommandIndex, Inferred = true };

    public static ProcessTableHeader? TryParse(ReadOnlySpan<char> line)
    {
        // Cheap rejection of data rows before anything is allocated: a listing needs a PID column, and header words
        // are upper case (procps), apart from top's TIME+ and %CPU-like names.
        if (!line.Contains("PID", StringComparison.Ordinal) || line.ContainsAnyInRange('a', 'z')) return null;
        Span<Range> ranges = stackalloc Range[48];
        var n = Text.BlankFields.Split(line, ranges);
        if (n < 2 || n >= ranges.Length) return null;
        var columns = new PsColumn[n];
        var names = new string[n];
        var hasPid = false;
        var hasOther = false;
        var flexible = -1;
        var firstCommand = -1;
        for (var i = 0; i < n; i++)
        {
            var name = line[ranges[i]].ToString();
            // No procps header word begins with a digit: `2\t    PID STAT ...` is a numbered copy (cat -n, grep -n),
            // left to the transport layer to unnumber, not a header with a column named "2".
            if (char.IsAsciiDigit(name[0])) return null;
            // lsof (`COMMAND PID TID TASKCMD USER FD TYPE DEVICE SIZE/OFF NODE NAME`) has PID and TID but lists open
            // files: ps prints no FD or SIZE/OFF column.
            if (name is "FD" or "SIZE/OFF") return null;
            names[i] = name;
            columns[i] = Map(name, columns.AsSpan(0, i));
            if (columns[i] == PsColumn.Pid) hasPid = true;
            // PID with a command alone is also lslocks, lsof, fuser...: a process listing has a state, CPU, wait
            // channel, memory, parent, thread or terminal/time column too.
            else if (columns[i] is PsColumn.State or PsColumn.Cpu or PsColumn.Wchan or PsColumn.Rss or PsColumn.Ppid or PsColumn.Tid or PsColumn.Threads
                     || name is "TTY" or "TT" or "TIME" or "TIME+") hasOther = true;
            if (columns[i] == PsColumn.Command)
            {
                flexible = i;
                if (firstCommand < 0) firstCommand = i;
            }
        }
        if (!hasPid || !hasOther) return null;
        return new ProcessTableHeader(columns, names, flexible) { CommandIndex = firstCommand };
    }

    private static PsColumn Map(string name, ReadOnlySpan<PsColumn> before) => name switch
    {
        "PID" => PsColumn.Pid,
        "LWP" or "SPID" or "TID" => PsColumn.Tid,
        "PPID" => PsColumn.Ppid,
        "USER" or "UID" or "RUSER" or "EUSER" => before.Contains(PsColumn.User) ? PsColumn.Other : PsColumn.User,
        "STAT" or "S" => PsColumn.State,
        "WCHAN" => PsColumn.Wchan,
        "%CPU" or "C" => PsColumn.Cpu,
        "%MEM" => PsColumn.Mem,
        "RSS" or "RSZ" or "RES" => PsColumn.Rss,
        "NLWP" or "THCNT" => PsColumn.Threads,
        "STARTED" or "START" or "STIME" or "LSTART" => PsColumn.Start,
        "COMMAND" or "CMD" or "ARGS" or "COMM" => PsColumn.Command,
        _ => PsColumn.Other,
    };
}

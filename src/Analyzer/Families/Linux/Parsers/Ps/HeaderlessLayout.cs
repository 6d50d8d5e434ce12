namespace Analyzer.Families.Linux.Parsers.Ps;

/// <summary>
/// The columns of a listing pasted without its header, inferred from the rows: a filter such as
/// `ps -eo pid,state,wchan:32,cmd | awk '$2 ~ /D/'` or `ps aux | grep " D"` drops the header line. A layout is
/// taken only when every row fits it, each column by the shape of its values (PID numeric, STAT a process state
/// letter with its modifiers, WCHAN a kernel symbol, TIME a clock...); the first layout that fits wins, most
/// specific first.
/// </summary>
internal static class HeaderlessLayout
{
    /// <summary>Rows looked at to choose a layout.</summary>
    public const int RowsChecked = 64;

    // ps aux; ps alx; ps -elf; ps -eo pid,stat,wchan,cmd; ps -eo pid,stat,cmd. A layout without a state column
    // (ps -ef) says nothing a filtered paste is pasted for, and is too loose a shape to claim text by.
    private static readonly ProcessTableHeader[] Layouts =
    [
        .. new[]
        {
            "USER PID %CPU %MEM VSZ RSS TTY STAT START TIME COMMAND",
            "F UID PID PPID PRI NI VSZ RSS WCHAN STAT TTY TIME COMMAND",
            "F S UID PID PPID C PRI NI ADDR SZ WCHAN STIME TTY TIME CMD",
            "PID STAT WCHAN COMMAND",
            "PID STAT COMMAND",
        }.Select(l => ProcessTableHeader.TryParse(l)!.AsInferred()),
    ];

    /// <summary>The layout every row fits, or null. Rows are non-blank lines.</summary>
    public static ProcessTableHeader? Infer(IReadOnlyList<string> rows)
    {
        if (rows.Count == 0) return null;
        Span<Range> ranges = stackalloc Range[256];
        foreach (var layout in Layouts)
        {
            var fits = true;
            var symbolWchan = false;
            for (var i = 0; i < rows.Count && i < RowsChecked && fits; i++)
                fits = Fits(layout, rows[i], ranges, ref symbolWchan);
            // In the short `PID STAT WCHAN COMMAND` a kernel symbol must show itself by an underscore somewhere
            // (io_schedule, do_wait): without one, the third token is more likely the command (`1234 D dd if=...`).
            if (fits && (layout.Count > 4 || !layout.Has(PsColumn.Wchan) || symbolWchan)) return layout;
        }
        return null;
    }

    private static bool Fits(ProcessTableHeader layout, string row, Span<Range> ranges, ref bool symbolWchan)
    {
        var line = row.AsSpan();
        Span<int> first = stackalloc int[layout.Count];
        Span<int> last = stackalloc int[layout.Count];
        if (!RowSplitter.Split(layout, line, ranges, first, last)) return false;
        for (var c = 0; c < layout.Count; c++)
        {
            if (first[c] > last[c]) return false; // every layout here ends with a command: a row without one is not a row
            var value = line[ranges[first[c]].Start.Value..ranges[last[c]].End.Value];
            var ok = layout.Names[c] switch
            {
                "PID" or "PPID" or "VSZ" or "RSS" or "SZ" or "F" or "PRI" => Digits(value),
                "NI" => value is "-" || Digits(value.TrimStart('-')),
                "%CPU" or "%MEM" or "C" => Decimal(value),
                "STAT" or "S" => ProcessState(value),
                "WCHAN" => Wchan(value, ref symbolWchan),
                "ADDR" => value is "-" || value.IndexOfAnyExcept("0123456789abcdef") < 0,
                "TTY" => value is "?" or "-" || value.IndexOfAnyExcept("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/") < 0,
                "TIME" => value.Contains(':') && value.IndexOfAnyExcept("0123456789:-") < 0,
                _ => true,
            };
            if (!ok) return false;
        }
        return true;
    }

    /// <summary>A state letter as ps prints it (`D`, `Ss`, `Sl+`, `I<`, `Dl`): state first, then BSD modifiers.</summary>
    internal static bool ProcessState(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty || value.Length > 6 || "RSDZTtIWXPK".IndexOf(value[0]) < 0) return false;
        return value[1..].IndexOfAnyExcept("<NLsl+I") < 0;
    }

    private static bool Wchan(ReadOnlySpan<char> value, ref bool symbol)
    {
        if (value is "-" or "0") return true;
        if (!(char.IsAsciiLetter(value[0]) || value[0] == '_')) return false;
        foreach (var c in value)
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '.')) return false;
        symbol |= value.Contains('_');
        return true;
    }

    private static bool Digits(ReadOnlySpan<char> value) => !value.IsEmpty && value.IndexOfAnyExcept("0123456789") < 0;

    private static bool Decimal(ReadOnlySpan<char> value) =>
        !value.IsEmpty && char.IsAsciiDigit(value[0]) && value.IndexOfAnyExcept("0123456789.,") < 0;
}

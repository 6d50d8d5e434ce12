namespace Analyzer.Families.Linux.Parsers.ProcStatus;

/// <summary>The shapes around /proc/PID/status lines: `head`'s section lines, `grep`'s file prefixes, the keys a record has.</summary>
internal static class StatusLine
{
    // The keys of /proc/PID/status up to the memory lines, in kernel order (Umask since 4.7, Ngid since 3.13).
    private static readonly HashSet<string> Keys = new(StringComparer.Ordinal)
    {
        "Umask", "State", "Tgid", "Ngid", "Pid", "PPid", "TracerPid", "Uid", "Gid", "FDSize", "Groups", "NStgid", "NSpid",
        "NSpgid", "NSsid", "Kthread", "VmPeak", "VmSize", "VmLck", "VmPin", "VmHWM", "VmRSS", "Threads", "SigQ",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KeyLookup = Keys.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsStatusKey(ReadOnlySpan<char> key) => KeyLookup.Contains(key);

    /// <summary>`State:\tD (disk sleep)`, or with spaces: a state letter and its name in parentheses.</summary>
    public static bool IsStateLine(string line)
    {
        if (!line.StartsWith("State:", StringComparison.Ordinal)) return false;
        var value = line.AsSpan(6).Trim();
        return value.Length >= 5 && char.IsAsciiLetter(value[0]) && value[1..].TrimStart().StartsWith("(");
    }

    /// <summary>True for `==> /proc/N/status <==` (head's line before each file), with the pid its path names.</summary>
    public static bool IsHeadSection(ReadOnlySpan<char> line, out long? pid)
    {
        pid = null;
        if (!line.StartsWith("==> ", StringComparison.Ordinal) || !line.EndsWith(" <==", StringComparison.Ordinal)) return false;
        pid = PidOfPath(line[4..^4].Trim());
        return true;
    }

    /// <summary>The line without grep's `/proc/N/status:` file prefix.</summary>
    public static ReadOnlySpan<char> WithoutGrepPrefix(ReadOnlySpan<char> line)
    {
        if (!line.StartsWith("/proc/", StringComparison.Ordinal)) return line;
        var at = line.IndexOf("/status:", StringComparison.Ordinal);
        return at > 0 ? line[(at + "/status:".Length)..].TrimStart() : line;
    }

    public static long? PidOfPrefix(ReadOnlySpan<char> line)
    {
        var at = line.IndexOf("/status:", StringComparison.Ordinal);
        return at > 0 ? PidOfPath(line[..(at + "/status".Length)]) : null;
    }

    /// <summary>`/proc/123/status` → 123; `/proc/123/task/130/status` → 130; `/proc/self/status` → null.</summary>
    private static long? PidOfPath(ReadOnlySpan<char> path)
    {
        long? found = null;
        foreach (var part in path.Split('/'))
            if (long.TryParse(path[part], out var id)) found = id;
        return found;
    }
}

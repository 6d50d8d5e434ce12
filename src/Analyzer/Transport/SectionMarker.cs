namespace Analyzer.Transport;

/// <summary>
/// A line that starts a new file inside a paste: <c>==&gt; /proc/123/stack &lt;==</c> from <c>head</c>/<c>tail</c> of
/// several files, or a shell prompt with its command (<c>$ cat /proc/spl/kstat/zfs/tank/txgs</c>,
/// <c>root@host:~# iostat -x 1</c>, <c>[user@host ~]$ ps aux</c>). The name is what the section is called below its
/// entry: the file for <c>head</c> and for <c>cat FILE</c>, else the command's name (<c>iostat</c>), which is also what
/// file-name detection needs.
/// </summary>
internal static class SectionMarker
{
    private static readonly string[] Readers = ["cat", "head", "tail", "less", "more", "zcat", "sudo"];

    public static bool TryParse(ReadOnlySpan<char> line, out string name, out string? command)
    {
        name = "";
        command = null;
        var s = line.TrimEnd();
        if (s.StartsWith("==> ") && s.EndsWith(" <==") && s.Length > 8)
        {
            name = s[4..^4].Trim().ToString();
            return name.Length > 0;
        }
        var cmd = PromptCommand(s);
        if (cmd.IsEmpty)
            return false;
        command = cmd.ToString();
        name = NameOf(cmd);
        return name.Length > 0;
    }

    /// <summary>The command after a prompt, empty if the line is not a prompt.</summary>
    private static ReadOnlySpan<char> PromptCommand(ReadOnlySpan<char> s)
    {
        if (s.StartsWith("$ "))
            return s[2..].Trim();
        int end;
        if (s.StartsWith('['))
        {
            // [user@host ~]$ cmd
            end = s.IndexOf(']');
            if (end < 0 || s[..end].IndexOf('@') < 0) return default;
            end++;
        }
        else
        {
            // user@host:~/dir$ cmd, root@host:/# cmd
            var at = s.IndexOf('@');
            var colon = s.IndexOf(':');
            if (at <= 0 || colon < at || s[..at].IndexOf(' ') >= 0 || s[at..colon].IndexOf(' ') >= 0) return default;
            end = colon + 1;
            while (end < s.Length && s[end] is not ('$' or '#') && s[end] != ' ') end++;
        }
        if (end + 1 >= s.Length || s[end] is not ('$' or '#') || s[end + 1] != ' ')
            return default;
        return s[(end + 2)..].Trim();
    }

    /// <summary>"cat /proc/x/status" → "/proc/x/status"; "iostat -x 1" → "iostat"; "sudo zpool iostat -v" → "zpool".</summary>
    private static string NameOf(ReadOnlySpan<char> command)
    {
        var words = command.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var i = 0;
        while (i < words.Length && words[i] == "sudo") i++;
        if (i >= words.Length) return "";
        var program = words[i];
        var slash = program.LastIndexOf('/');
        if (slash >= 0) program = program[(slash + 1)..];
        if (Readers.Contains(program))
        {
            var file = words.Skip(i + 1).LastOrDefault(w => !w.StartsWith('-'));
            if (file is not null) return file;
        }
        return program;
    }
}

namespace Analyzer.Families.Linux.Parsers.Ps;

/// <summary>
/// The command name (what the kernel calls comm) from a ps/top command column: `[kworker/0:1]` → `kworker/0:1`,
/// `/usr/sbin/crond -n` → `crond`, `sshd: rancher@pts/4` → `sshd`, `bash` → `bash`.
/// </summary>
internal static class CommandName
{
    public static string Of(ReadOnlySpan<char> command)
    {
        command = command.Trim();
        if (command.Length >= 2 && command[0] == '[')
        {
            var close = command.IndexOf(']');
            if (close > 1) return command[1..close].ToString();
        }
        var space = command.IndexOfAny(' ', '\t');
        var first = space >= 0 ? command[..space] : command;
        if (first.Length > 1 && first[0] is '/' or '.')
        {
            var slash = first.LastIndexOf('/');
            if (slash >= 0 && slash < first.Length - 1) first = first[(slash + 1)..];
        }
        if (first.Length > 1 && first[^1] == ':') first = first[..^1];
        return first.ToString();
    }
}

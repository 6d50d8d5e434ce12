using System.Globalization;
using System.Text;

namespace Analyzer.Collection;

/// <summary>
/// One listing of <c>ps -eo pid,stat,wchan:32,comm</c> built from /proc (state from /proc/PID/stat, wait channel from
/// /proc/PID/wchan), after the line <c>date -u</c> prints: what <c>while sleep N; do date -u; ps -eo ...; done</c>
/// writes per round, so listings taken apart in time are samples the analyzer compares.
/// </summary>
internal static class ProcessListing
{
    public const string Header = "    PID STAT WCHAN                            COMMAND\n";

    /// <summary>The date line of a sample, as <c>date -u</c> prints it in the C locale.</summary>
    public static string DateLine(DateTime utc) =>
        utc.ToString("ddd MMM ", CultureInfo.InvariantCulture) + utc.Day.ToString(CultureInfo.InvariantCulture).PadLeft(2)
        + utc.ToString(" HH:mm:ss 'UTC' yyyy", CultureInfo.InvariantCulture) + "\n";

    /// <summary>The row of one process, or null when it is gone since the directory was listed.</summary>
    public static string? Row(HostFiles host, int pid, out string? state)
    {
        state = null;
        if (Stat(host, $"/proc/{pid}") is not { } stat) return null;
        state = stat.State;
        var wchan = host.Text($"/proc/{pid}/wchan")?.Trim();
        return string.Create(CultureInfo.InvariantCulture, $"{pid,7} {stat.State,-4} {(string.IsNullOrEmpty(wchan) || wchan == "0" ? "-" : wchan),-32} {stat.Comm}\n");
    }

    /// <summary>A whole listing, its date line first; stops early when the time budget is spent.</summary>
    public static string Take(HostFiles host, CollectBudget budget)
    {
        var text = new StringBuilder(DateLine(DateTime.UtcNow)).Append(Header);
        foreach (var pid in host.Pids())
        {
            if (budget.TimeSpent) break;
            text.Append(Row(host, pid, out _));
        }
        return text.ToString();
    }

    /// <summary>State and command from <c>/proc/PID/stat</c>: <c>pid (comm) S ...</c>; comm may hold spaces and parentheses.</summary>
    public static (string State, string Comm)? Stat(HostFiles host, string dir)
    {
        var text = host.Text($"{dir}/stat");
        if (text is null) return null;
        var open = text.IndexOf('(');
        var close = text.LastIndexOf(')');
        if (open < 0 || close < open || close + 2 >= text.Length) return null;
        return (text[close + 2].ToString(), text[(open + 1)..close].Replace(' ', '_'));
    }
}

using Analyzer.Families.Linux.Facts;
using Analyzer.Rules.Facts;
using Analyzer.Text;

namespace Analyzer.Families.Linux.Parsers.KernelLog;

/// <summary>
/// The OOM killer's output (formats.md §4.8), read alongside other reports since its dump is long and other CPUs
/// print in between: `X invoked oom-killer:` opens it, the task table is summarised into the biggest rows only,
/// `oom-kill:constraint=` adds the constraint (and names the victim), the Mem-Info summary adds free memory and swap,
/// and the kill line (`Out of memory: Killed process N (comm) ...`, or the old `Kill process N (comm) score S or
/// sacrifice child` + `Killed process N (comm)` pair) closes it. A report that never reaches its kill line (a cut
/// paste, or a panic instead of a kill) is still a fact, with what it showed; a cut one is noted.
/// </summary>
internal sealed class OomReport
{
    private const int TopN = 5;
    private const long PageKb = 4; // the task table is in pages; 4 KiB pages on x86-64/arm64 defaults

    private readonly List<(long RssPages, string Row)> _top = new(TopN + 1);
    private string _trigger = "";
    private int _rssColumn = -1;
    private int _columns;
    private long _taskCount;
    private string? _constraint;
    private string? _memcg;
    private bool _pendingKill; // old form: "Kill process ... score" seen, waiting for "Killed process"
    private long _pendingPid;
    private string _pendingComm = "";
    private long _pendingScore = -1;
    private string _pendingScope = "global";
    private int _pendingLine;
    private string _pendingExcerpt = "";
    private string? _pendingTime;

    // A report opened (trigger, table or constraint line) and not yet closed by a kill line.
    private bool _open;
    private int _openLine;
    private int _lastLine;
    private string _openExcerpt = "";
    private string? _openTime;
    private long _constraintPid;
    private string _constraintComm = "";
    private long _freeKb = -1;
    private long _freeSwapKb = -1;

    /// <summary>What the reader should tell about its input: reports cut before their kill line, unreadable sizes.</summary>
    public List<string> Notes { get; } = [];

    /// <summary>Inside a task table (its header was read and no kill line ended it yet).</summary>
    public bool InTable => _columns > 0;

    /// <summary>A report is open whose kill line has not come yet.</summary>
    public bool IsUnfinished => _open;

    /// <summary>
    /// How far into a payload <c>COMM invoked oom-killer: </c> can start: the kernel prints the task's comm, at most 15
    /// bytes (TASK_COMM_LEN), first; the rest is slack for a stamp or level the prefix stripper did not know. Looking
    /// no further keeps a long line that cannot be this header from being searched to its end (this runs on every line).
    /// </summary>
    private const int InvokedReach = 64;

    /// <summary>Gated on its 'k', rare near a line's start.</summary>
    private static readonly GatedNeedle Invoked = new(" invoked oom-killer: ", 'k');

    public static bool IsInvokedLine(ReadOnlySpan<char> p) => InvokedAt(p) >= 0;

    /// <summary>Where <c> invoked oom-killer: </c> starts, if it lies within the first <see cref="InvokedReach"/> characters, or -1.</summary>
    private static int InvokedAt(ReadOnlySpan<char> p) =>
        Invoked.IndexIn(p[..Math.Min(p.Length, InvokedReach)]);

    public bool IsOomLine(ReadOnlySpan<char> p)
    {
        if (p.IsEmpty)
            return false;
        if (IsInvokedLine(p))
            return true;
        // By the first character, so most lines cost one compare here (this runs on every kernel line).
        return p[0] switch
        {
            'o' => p.StartsWith("oom-kill:"),
            'O' => p.StartsWith("Out of memory: Kill"),
            'M' => p.StartsWith("Memory cgroup out of memory: Kill"),
            'K' => p.StartsWith("Killed process "),
            '[' => p.StartsWith("[  pid  ]") || (InTable && p.Length > 3 && IsTaskRow(p)),
            // show_mem's summary and swap lines, only inside a report (page allocation failures print them too).
            'a' => _open && p.StartsWith("active_anon:"),
            'f' => _open && p.StartsWith("free:"),
            'F' => _open && p.StartsWith("Free swap "),
            _ => false,
        };
    }

    /// <summary>Handles an OOM line; returns a fact when a kill completes.</summary>
    public KernelOomKill? Feed(ReadOnlySpan<char> p, int line, ReadOnlySpan<char> time, string path)
    {
        var invoked = InvokedAt(p);
        if (invoked > 0)
        {
            var done = FlushPending(path) ?? Unfinished(path, cut: true);
            Reset();
            Open(p, line, time);
            _trigger = p[..invoked].ToString();
            return done;
        }
        if (!_open)
            Open(p, line, time);
        _lastLine = line;
        if (p.StartsWith("[  pid  ]"))
        {
            ReadHeader(p);
            return null;
        }
        if (p[0] == '[')
        {
            ReadRow(p);
            return null;
        }
        if (p.StartsWith("active_anon:") || p.StartsWith("free:"))
        {
            // One line on old kernels; on newer ones the summary wraps and "free:N free_pcp:..." starts a line.
            var free = p.StartsWith("free:") ? SpanNumbers.After(p, "free:", -1) : SpanNumbers.After(p, " free:", -1); // pages
            if (free >= 0)
                _freeKb = free * PageKb;
            return null;
        }
        if (p.StartsWith("Free swap "))
        {
            _freeSwapKb = Kb(p, "=", "Free swap", line);
            return null;
        }
        if (p.StartsWith("oom-kill:"))
        {
            _constraint = NullIfEmpty(SpanNumbers.TokenAfter(p, "constraint=", ","));
            _memcg = NullIfEmpty(SpanNumbers.TokenAfter(p, "task_memcg=", ","));
            _constraintComm = SpanNumbers.TokenAfter(p, ",task=", ",").ToString();
            _constraintPid = SpanNumbers.After(p, ",pid=");
            return null;
        }
        var scope = p.StartsWith("Memory cgroup") ? "memcg" : "global";
        var kp = p.IndexOf("Kill process ");
        if (kp >= 0 && p.Contains(" or sacrifice child", StringComparison.Ordinal))
        {
            var done = FlushPending(path);
            ReadVictim(p[(kp + 13)..], out _pendingPid, out _pendingComm);
            _pendingScore = SpanNumbers.After(p, ") score ", -1);
            _pendingScope = scope;
            _pendingLine = line;
            _pendingExcerpt = OpenReport.Cut(p);
            _pendingTime = time.IsEmpty ? null : time.ToString();
            _pendingKill = true;
            return done;
        }
        var killed = p.IndexOf("Killed process ");
        if (killed < 0)
            return null;
        ReadVictim(p[(killed + 15)..], out var pid, out var comm);
        var fact = Build(new Provenance(path, _pendingKill ? _pendingLine : line, line, OpenReport.Cut(p)),
            pid, comm, _pendingKill ? _pendingScope : scope, _pendingKill ? _pendingScore : -1, p, time.IsEmpty ? null : time.ToString(), line);
        Reset();
        return fact;
    }

    /// <summary>
    /// At the end of the log: an old-form kill whose `Killed process` line never came is still a kill; a report cut
    /// before any kill line is kept with what it showed.
    /// </summary>
    public KernelOomKill? Finish(string path) => FlushPending(path) ?? Unfinished(path, cut: true);

    /// <summary>
    /// The open report as a fact without its kill line; <paramref name="cut"/> false when the kernel panicked instead
    /// of killing (panic_on_oom, no killable process), which is not a cut.
    /// </summary>
    public KernelOomKill? Unfinished(string path, bool cut)
    {
        if (!_open)
            return null;
        var pid = _constraintPid;
        var comm = _constraintComm;
        if (cut)
            Notes.Add(comm.Length > 0
                ? $"OOM report at line {_openLine} cut before its kill line (victim {comm} from its oom-kill: line)"
                : $"OOM report at line {_openLine} cut before its victim line");
        var scope = _constraint == "CONSTRAINT_MEMCG" ? "memcg" : "global";
        var fact = Build(new Provenance(path, _openLine, _lastLine, _openExcerpt), pid, comm, scope, -1, default, _openTime, _lastLine);
        Reset();
        return fact;
    }

    private void Open(ReadOnlySpan<char> p, int line, ReadOnlySpan<char> time)
    {
        _open = true;
        _openLine = _lastLine = line;
        _openExcerpt = OpenReport.Cut(p);
        _openTime = time.IsEmpty ? null : time.ToString();
    }

    private KernelOomKill? FlushPending(string path)
    {
        if (!_pendingKill)
            return null;
        var fact = Build(new Provenance(path, _pendingLine, _pendingLine, _pendingExcerpt), _pendingPid, _pendingComm,
            _pendingScope, _pendingScore, default, _pendingTime, _pendingLine);
        _pendingKill = false;
        return fact;
    }

    private KernelOomKill Build(Provenance provenance, long pid, string comm, string scope, long score, ReadOnlySpan<char> killLine, string? time, int line)
    {
        var rows = new string[_top.Count];
        for (var i = 0; i < rows.Length; i++)
            rows[i] = _top[i].Row;
        return new KernelOomKill
        {
            Provenance = provenance,
            Pid = pid,
            Comm = comm,
            Scope = scope,
            Trigger = _trigger,
            Constraint = _constraint,
            Memcg = _memcg,
            Score = score,
            TotalVmKb = Kb(killLine, "total-vm:", "total-vm", line),
            AnonRssKb = Kb(killLine, "anon-rss:", "anon-rss", line),
            FileRssKb = Kb(killLine, "file-rss:", "file-rss", line),
            TopTasks = rows,
            TaskCount = _taskCount,
            FreeKb = _freeKb,
            FreeSwapKb = _freeSwapKb,
            Time = time,
        };
    }

    /// <summary>A `NkB` size after <paramref name="key"/>; 0 when not printed; noted (and 0) when printed unreadably.</summary>
    private long Kb(ReadOnlySpan<char> s, ReadOnlySpan<char> key, string label, int line)
    {
        if (s.IsEmpty)
            return 0;
        var at = s.IndexOf(key);
        if (at < 0)
            return 0;
        var rest = s[(at + key.Length)..].TrimStart(' ');
        var space = rest.IndexOf(' ');
        var token = (space < 0 ? rest : rest[..space]).TrimEnd(',');
        if (SpanNumbers.TryKb(token, out var kb))
            return kb;
        if (Notes.Count < MaxNotes)
            Notes.Add($"OOM report line {line}: {label} '{token}' is not a readable kB size (counted as 0)");
        return 0;
    }

    private const int MaxNotes = 20;

    private void Reset()
    {
        _top.Clear();
        _trigger = "";
        _rssColumn = -1;
        _columns = 0;
        _taskCount = 0;
        _constraint = _memcg = null;
        _pendingKill = false;
        _open = false;
        _constraintPid = 0;
        _constraintComm = "";
        _freeKb = _freeSwapKb = -1;
    }

    private static void ReadVictim(ReadOnlySpan<char> s, out long pid, out string comm)
    {
        SpanNumbers.TryLeading(s, out pid, out _);
        var open = s.IndexOf('(');
        var close = s.IndexOf(") ");
        if (close < 0 && s.Length > 0 && s[^1] == ')') close = s.Length - 1;
        comm = open >= 0 && close > open ? s[(open + 1)..close].ToString() : "";
    }

    // "[  pid  ]   uid  tgid total_vm      rss rss_anon ... name": columns differ by kernel version.
    private void ReadHeader(ReadOnlySpan<char> p)
    {
        _rssColumn = -1;
        var rest = p[9..];
        var i = 0;
        foreach (var range in rest.Split(' '))
        {
            var word = rest[range];
            if (word.IsEmpty) continue;
            if (word.SequenceEqual("rss")) _rssColumn = i;
            i++;
        }
        _columns = i;
    }

    // "[    375]     0   375    14010     2008      160     1848         0   102400      256          -250 systemd-journal"
    private void ReadRow(ReadOnlySpan<char> p)
    {
        var close = p.IndexOf(']');
        if (close < 2 || !SpanNumbers.TryLeading(p[1..close].TrimStart(' '), out var pid, out _))
            return;
        _taskCount++;
        if (_rssColumn < 0)
            return;
        var rest = p[(close + 1)..];
        long rss = -1;
        var i = 0;
        var nameStart = -1;
        foreach (var range in rest.Split(' '))
        {
            var word = rest[range];
            if (word.IsEmpty) continue;
            if (i == _rssColumn && SpanNumbers.TryLeading(word, out var v, out _)) rss = v;
            if (i == _columns - 1) nameStart = range.Start.Value;
            i++;
        }
        if (rss < 0 || nameStart < 0)
            return;
        if (_top.Count == TopN && rss <= _top[^1].RssPages)
            return;
        var name = rest[nameStart..].ToString();
        var row = $"{name} (pid {pid}) rss {rss * PageKb / 1024} MB";
        var at = _top.FindIndex(t => t.RssPages < rss);
        _top.Insert(at < 0 ? _top.Count : at, (rss, row));
        if (_top.Count > TopN)
            _top.RemoveAt(TopN);
    }

    private static bool IsTaskRow(ReadOnlySpan<char> p)
    {
        var close = p.IndexOf(']');
        if (close < 2 || close > 12) return false;
        var inner = p[1..close].TrimStart(' ');
        foreach (var c in inner)
            if (!char.IsAsciiDigit(c)) return false;
        return inner.Length > 0 && close + 1 < p.Length && p[close + 1] == ' ';
    }

    private static string? NullIfEmpty(ReadOnlySpan<char> s) => s.IsEmpty ? null : s.ToString();
}

using Analyzer.Families.Linux.Facts;
using Analyzer.Rules.Facts;

namespace Analyzer.Families.Linux.Parsers.KernelLog;

/// <summary>
/// The OOM killer's output (formats.md §4.8), read alongside other reports since its dump is long and other CPUs
/// print in between: `X invoked oom-killer:` opens it, the task table is summarised into the biggest rows only,
/// `oom-kill:constraint=` adds the constraint, and the kill line (`Out of memory: Killed process N (comm) ...`, or
/// the old `Kill process N (comm) score S or sacrifice child` + `Killed process N (comm)` pair) closes it.
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

    /// <summary>Inside a task table (its header was read and no kill line ended it yet).</summary>
    public bool InTable => _columns > 0;

    public bool IsOomLine(ReadOnlySpan<char> p) =>
        p.Contains(" invoked oom-killer: ", StringComparison.Ordinal) || p.StartsWith("oom-kill:")
        || p.StartsWith("Out of memory: Kill") || p.StartsWith("Memory cgroup out of memory: Kill") || p.StartsWith("Killed process ")
        || p.StartsWith("[  pid  ]") || (InTable && p.Length > 3 && p[0] == '[' && IsTaskRow(p));

    /// <summary>Handles an OOM line; returns a fact when a kill completes.</summary>
    public KernelOomKill? Feed(ReadOnlySpan<char> p, int line, ReadOnlySpan<char> time, string path)
    {
        var invoked = p.IndexOf(" invoked oom-killer: ");
        if (invoked > 0)
        {
            var done = FlushPending(path);
            Reset();
            _trigger = p[..invoked].ToString();
            return done;
        }
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
        if (p.StartsWith("oom-kill:"))
        {
            _constraint = NullIfEmpty(SpanNumbers.TokenAfter(p, "constraint=", ","));
            _memcg = NullIfEmpty(SpanNumbers.TokenAfter(p, "task_memcg=", ","));
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
            pid, comm, _pendingKill ? _pendingScope : scope, _pendingKill ? _pendingScore : -1, p, time.IsEmpty ? null : time.ToString());
        Reset();
        return fact;
    }

    /// <summary>An old-form kill whose `Killed process` line never came (cut log): still a kill.</summary>
    public KernelOomKill? Finish(string path) => FlushPending(path);

    private KernelOomKill? FlushPending(string path)
    {
        if (!_pendingKill)
            return null;
        var fact = Build(new Provenance(path, _pendingLine, _pendingLine, _pendingExcerpt), _pendingPid, _pendingComm,
            _pendingScope, _pendingScore, default, _pendingTime);
        _pendingKill = false;
        return fact;
    }

    private KernelOomKill Build(Provenance provenance, long pid, string comm, string scope, long score, ReadOnlySpan<char> killLine, string? time)
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
            TotalVmKb = SpanNumbers.After(killLine, "total-vm:"),
            AnonRssKb = SpanNumbers.After(killLine, "anon-rss:"),
            FileRssKb = SpanNumbers.After(killLine, "file-rss:"),
            TopTasks = rows,
            TaskCount = _taskCount,
            Time = time,
        };
    }

    private void Reset()
    {
        _top.Clear();
        _trigger = "";
        _rssColumn = -1;
        _columns = 0;
        _taskCount = 0;
        _constraint = _memcg = null;
        _pendingKill = false;
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

using Analyzer.Families.Go.Facts;
using Analyzer.Rules.Facts;

namespace Analyzer.Families.Go.Parsers.GoStacks;

/// <summary>pprof goroutine?debug=1 records: <c>COUNT @ PCs</c>, optional labels, <c>#\t0xPC\tfunc+0xOFF\tfile:line</c> frames.</summary>
internal sealed partial class GoStackMachine
{
    // The debug=1 record being read (records are few: these allocate freely).
    private long _recordCount;
    private int _recordStart;
    private string? _recordLabels;
    private string _recordHeader = "";
    private readonly List<GoFrame> _recordFrames = [];
    private readonly List<string> _recordPcs = [];

    /// <summary>A record of this profile had '#' frames: a record without them is then cut, not a legacy one.</summary>
    private bool _profileSymbolized;

    /// <summary><c>2 @ 0x103b125 0x106cd1f 0x13ac44a 0x106fd81</c></summary>
    private bool BeginRecord(ReadOnlySpan<char> line)
    {
        var at = line.IndexOf(" @ ", StringComparison.Ordinal);
        if (at <= 0 || !long.TryParse(line[..at], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count))
            return false;
        _recordCount = count;
        _recordStart = _line;
        _recordLabels = null;
        _recordHeader = Excerpt(line);
        _recordFrames.Clear();
        _recordPcs.Clear();
        foreach (var range in line[(at + 3)..].Split(' '))
        {
            var pc = line[(at + 3)..][range];
            if (pc.Length > 0 && _recordPcs.Count < 64) _recordPcs.Add(pc.ToString());
        }
        _state = State.ProfileFrames;
        return true;
    }

    /// <summary>After '#': <c>	0x106cd1e	time.Sleep+0xbe			/usr/local/go/src/runtime/time.go:188</c> (tab runs from tabwriter).</summary>
    private void ProfileFrame(ReadOnlySpan<char> rest)
    {
        Span<Range> parts = stackalloc Range[4];
        var n = rest.Trim('\t').SplitAny(parts, "\t", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var trimmed = rest.Trim('\t');
        if (n == 0 || _recordFrames.Count >= GoroutineScratch.MaxFrames)
            return;
        _profileSymbolized = true;
        var pc = trimmed[parts[0]];
        var function = n > 1 ? trimmed[parts[1]] : pc;
        var plus = function.LastIndexOf("+0x", StringComparison.Ordinal);
        if (plus > 0) function = function[..plus];
        var name = Function(_strings.Intern(function)).Name;
        var file = "";
        var number = 0;
        if (n > 2 && GoLocation.TryParse(trimmed[parts[2]], out var f, out number))
            file = _strings[_strings.Intern(f)];
        _recordFrames.Add(new GoFrame(name.Function, name.Package, file, number, "", GoStdlib.IsStdlib(name.Package, file)));
    }

    private void FinishRecord()
    {
        var dump = _dump!;
        if (_recordFrames.Count == 0)
        {
            // Legacy unsymbolized record: the PCs are all there is; keep them as frames so groups stay distinct.
            foreach (var pc in _recordPcs)
                _recordFrames.Add(new GoFrame(pc, "", "", 0, "", true));
        }
        var frames = _recordFrames.ToArray();
        var functions = frames.Select(f => f.Function).ToList();
        var app = frames.FirstOrDefault(f => !f.IsStdlib);
        // Quote the count, not the PC list: "40 @ … main.(*Store).Put store.go:41" reads; forty hex words do not.
        var header = _recordHeader.IndexOf(" @ ", StringComparison.Ordinal) is var at and > 0 ? _recordHeader[..(at + 3)] + "…" : _recordHeader;
        var excerpt = app is null ? header : $"{header}\n{app.Function} {app.File}:{app.Line}";
        var group = new GroupBuilder(0, [], NextKey(), "unknown", frames, null, false,
            new Provenance(_path, _recordStart, Math.Max(_recordStart, _line - 1), Excerpt(excerpt)), waitKnown: false)
        {
            Category = GoCategory.FromProfileFrames(functions),
            Labels = _recordLabels,
        };
        group.Add(-1, _recordCount, 0, false);
        dump.AddGroup(group);
        dump.Goroutines += _recordCount;
        _recordFrames.Clear();
    }
}

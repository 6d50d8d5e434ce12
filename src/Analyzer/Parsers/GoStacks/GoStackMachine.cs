using Analyzer.Facts.Go;
using Analyzer.Rules.Facts;
using Analyzer.Text;

namespace Analyzer.Parsers.GoStacks;

/// <summary>
/// The Go dump grammar as a line-driven state machine (formats.md §1, §1b.1). Lines arrive one at a time, already
/// decoded; the transport prefix learned at the dump's first line is stripped before the grammar sees them. A line
/// the current state cannot place ends the dump (then it may start the next one), so a dump embedded in a service
/// log is cut out exactly and several dumps per file each get their own <see cref="GoroutineDump"/>.
/// Memory is bounded by the number of groups: a goroutine is folded into its group when its block ends.
/// </summary>
internal sealed class GoStackMachine
{
    private enum State
    {
        /// <summary>Outside any dump, looking for an anchor. <c>May  3 06:24:16 host app[7]: listening on :8080</c></summary>
        Scanning,
        /// <summary>
        /// Crash preamble before the first goroutine: <c>panic: boom [recovered]</c>, <c>	panic: again</c>,
        /// <c>[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x4a]</c>, <c>fatal error: concurrent map writes</c>,
        /// <c>SIGQUIT: quit</c>, <c>PC=0x488fb1 m=0 sigcode=0</c>, <c>runtime: goroutine stack exceeds 1000000000-byte limit</c>.
        /// </summary>
        Preamble,
        /// <summary>System stack of the crashing M, up to a blank line; not a goroutine. <c>runtime.throw(0x534aad, 0xe)</c></summary>
        RuntimeStack,
        /// <summary>Between goroutine blocks (after the blank line). <c>goroutine 7 [chan receive, 7 minutes]:</c></summary>
        Between,
        /// <summary>
        /// Inside a block, expecting a function line or the block's tail: <c>main.(*Store).Put(0xc000010000, {0x1, 0x2})</c>,
        /// <c>created by main.main in goroutine 1</c>, <c>...additional frames elided...</c>, <c>...12 frames elided...</c>,
        /// <c>goroutine running on other thread; stack unavailable</c>, <c>[originating from goroutine 3]:</c>, or a blank line.
        /// </summary>
        FrameFunc,
        /// <summary>The location of the function just read. <c>	/src/main.go:42 +0x1d fp=0xc0000 sp=0xc0000 pc=0x4a</c></summary>
        FrameFile,
        /// <summary>The location of the creating call. <c>	/src/main.go:20 +0x140</c></summary>
        CreatedByFile,
        /// <summary>GODEBUG=tracebackancestors frames, skipped up to the blank line. <c>main.main()</c></summary>
        Ancestors,
        /// <summary>After the goroutines: register dump and tool output. <c>rax    0x104</c>, <c>exit status 2</c></summary>
        Trailer,
        /// <summary>debug=1 profile, between records. <c>goroutine profile: total 10</c>, <c>2 @ 0x103b125 0x106cd1f</c></summary>
        ProfileRecord,
        /// <summary>
        /// debug=1 record body: <c># labels: {"k":"v"}</c>, <c>#	0x106cd1e	time.Sleep+0xbe		/go/src/runtime/time.go:188</c>;
        /// a blank line or the next record ends it (legacy profiles have no '#' lines and no blank lines).
        /// </summary>
        ProfileFrames,
    }

    private const int ExcerptMax = 300;

    private readonly string _path;
    private readonly Action<IFact> _emit;
    private readonly TransportPrefix _prefix = new();
    private readonly StringInterner _strings = new();
    private readonly List<FunctionInfo?> _functions = [];
    private readonly List<bool?> _lockStates = [];
    private readonly GoroutineScratch _g = new();
    private readonly int _emptyId;
    private DumpBuilder? _dump;
    private State _state;
    private int _groupCounter;
    private int _line;

    // The debug=1 record being read (records are few: these allocate freely).
    private long _recordCount;
    private int _recordStart;
    private string? _recordLabels;
    private string _recordHeader = "";
    private readonly List<GoFrame> _recordFrames = [];
    private readonly List<string> _recordPcs = [];

    public GoStackMachine(string path, Action<IFact> emit)
    {
        _path = path;
        _emit = emit;
        _emptyId = _strings.Intern("");
    }

    /// <summary>Dumps finished so far (including the one in progress).</summary>
    public int DumpCount { get; private set; }

    /// <summary>Line numbers where a dump was found cut off mid-goroutine.</summary>
    public List<int> TruncatedAt { get; } = [];

    private sealed record FunctionInfo(GoFunctionName Name, bool TakesLock);

    public void Feed(ReadOnlySpan<char> raw, int lineNumber)
    {
        _line = lineNumber;
        ReadOnlySpan<char> line;
        if (_state == State.Scanning)
        {
            if (!_prefix.TryLearn(raw, GoAnchors.IsDumpStart, out line))
                return;
            Begin(line);
        }
        else if (_prefix.Strip(raw, out line) == PrefixMatch.OtherSource)
        {
            return; // another program's line interleaved in the journal
        }

        if (!Step(line))
        {
            EndDump();
            if (!_prefix.TryLearn(raw, GoAnchors.IsDumpStart, out line))
                return;
            Begin(line);
            Step(line);
        }
        if (_dump is not null && !line.IsWhiteSpace())
        {
            _dump.EndLine = lineNumber;
            if (_g.Active) _g.EndLine = lineNumber;
        }
    }

    /// <summary>End of input: a dump still open is closed; <paramref name="cut"/> says the input was cut (size cap).</summary>
    public void Finish(bool cut)
    {
        if (_dump is null)
            return;
        if (cut || _state == State.FrameFile || (_g.Active && !_g.HasContent))
            MarkTruncated();
        EndDump();
    }

    private void Begin(ReadOnlySpan<char> anchor)
    {
        string kind;
        if (anchor.StartsWith("panic: ", StringComparison.Ordinal)) kind = "panic";
        else if (anchor.StartsWith("fatal error: ", StringComparison.Ordinal) || anchor.StartsWith("runtime: ", StringComparison.Ordinal)) kind = "fatal-error";
        else if (anchor.StartsWith("SIGQUIT", StringComparison.Ordinal)) kind = "sigquit";
        else if (GoAnchors.IsProfileHeader(anchor)) kind = "profile";
        else kind = "traceback";
        _dump = new DumpBuilder(kind, _line, Excerpt(anchor));
        DumpCount++;
        _state = kind == "profile" ? State.ProfileRecord : State.Preamble;
    }

    private void EndDump()
    {
        if (_dump is null)
            return;
        if (_g.Active)
            FinishGoroutine();
        if (_state == State.ProfileFrames)
            FinishRecord();
        _dump.Emit(_path, _emit);
        _dump = null;
        _state = State.Scanning;
        _prefix.Reset();
    }

    private void MarkTruncated()
    {
        if (_dump is null || _dump.Truncated)
            return;
        _dump.Truncated = true;
        TruncatedAt.Add(_line);
    }

    /// <summary>Feeds one stripped line to the current state; false when the line does not belong to the dump.</summary>
    private bool Step(ReadOnlySpan<char> line)
    {
        var dump = _dump!;
        switch (_state)
        {
            case State.Preamble:
                if (line.IsWhiteSpace()) return true;
                if (GoAnchors.IsGoroutineHeader(line)) return Header(line);
                if (GoPanicLine.IsPanic(line)) return PanicLine(line);
                if (line.StartsWith("[signal ", StringComparison.Ordinal))
                {
                    if (GoPanicLine.TryParseSignal(line.ToString(), out var signal, out var addr))
                        dump.SetSignal(signal, addr, _line);
                    return true;
                }
                if (line.StartsWith("fatal error: ", StringComparison.Ordinal))
                {
                    if (dump.Goroutines > 0) return false;
                    dump.AddFatal(line[13..].Trim().ToString(), _line, Excerpt(line));
                    return true;
                }
                if (line.StartsWith("runtime stack:", StringComparison.Ordinal))
                {
                    _state = State.RuntimeStack;
                    return true;
                }
                // SIGQUIT's "PC=..." line, the runtime's own "runtime: ..." notes, and the indented continuation
                // lines of a multi-line panic value belong to the preamble but carry nothing we keep.
                return line.StartsWith("SIGQUIT", StringComparison.Ordinal) || line.StartsWith("PC=", StringComparison.Ordinal)
                    || line.StartsWith("runtime: ", StringComparison.Ordinal) || line.StartsWith("signal arrived during", StringComparison.Ordinal)
                    || GoAnchors.IsIndented(line);

            case State.RuntimeStack:
                if (line.IsWhiteSpace())
                {
                    _state = State.Preamble;
                    return true;
                }
                if (GoAnchors.IsGoroutineHeader(line)) return Header(line);
                return GoAnchors.IsIndented(line) || line[^1] == ')' || line.StartsWith("...", StringComparison.Ordinal);

            case State.Between:
                if (line.IsWhiteSpace()) return true;
                if (GoAnchors.IsGoroutineHeader(line)) return Header(line);
                if (GoAnchors.IsRegisterLine(line) || GoAnchors.IsExitStatus(line))
                {
                    _state = State.Trailer;
                    return true;
                }
                return false;

            case State.FrameFunc:
                return FrameFunction(line);

            case State.FrameFile:
                _state = State.FrameFunc;
                if (!GoAnchors.IsIndented(line))
                    return FrameFunction(line); // the function had no location line (pasted badly): re-read as a frame
                if (GoLocation.TryParse(line, out var file, out var number))
                    _g.SetLocation(_strings.Intern(file), number);
                else
                    _g.SetLocation(_strings.Intern(line.Trim()), 0);
                return true;

            case State.CreatedByFile:
                _state = State.FrameFunc;
                return GoAnchors.IsIndented(line) || FrameFunction(line);

            case State.Ancestors:
                if (line.IsWhiteSpace())
                {
                    FinishGoroutine();
                    _state = State.Between;
                    return true;
                }
                if (GoAnchors.IsGoroutineHeader(line)) return Header(line);
                return true;

            case State.Trailer:
                return line.IsWhiteSpace() || GoAnchors.IsRegisterLine(line) || GoAnchors.IsExitStatus(line);

            case State.ProfileRecord:
                if (line.IsWhiteSpace()) return true;
                if (GoAnchors.IsProfileHeader(line))
                {
                    if (dump.ProfileTotal is not null) return false; // a second profile
                    dump.ProfileTotal = long.TryParse(line[25..].Trim(), out var total) ? total : 0;
                    return true;
                }
                return BeginRecord(line);

            case State.ProfileFrames:
                if (line.IsWhiteSpace())
                {
                    FinishRecord();
                    _state = State.ProfileRecord;
                    return true;
                }
                if (line.StartsWith("# labels: ", StringComparison.Ordinal))
                {
                    _recordLabels = line[10..].Trim().ToString();
                    return true;
                }
                if (line.StartsWith('#'))
                {
                    ProfileFrame(line[1..]);
                    return true;
                }
                FinishRecord();
                _state = State.ProfileRecord;
                return BeginRecord(line);

            default:
                return false;
        }
    }

    private bool PanicLine(ReadOnlySpan<char> line)
    {
        var dump = _dump!;
        var nested = GoAnchors.IsIndented(line);
        // A new top-level panic after a panic chain or goroutines is the next crash (go test prints one per test).
        if (!nested && (dump.HasPanic || dump.Goroutines > 0))
            return false;
        var text = line.ToString();
        if (GoPanicLine.TryParsePanic(text, out _, out var message, out var recovered, out var repanicked))
            dump.AddPanic(message, recovered, repanicked, _line, Excerpt(line.Trim()));
        return true;
    }

    private bool Header(ReadOnlySpan<char> line)
    {
        if (!GoHeader.TryParse(line, out var header))
        {
            MarkTruncated(); // "goroutine 12 [chan rec" — a header cut off mid-line
            return false;
        }
        if (_g.Active)
            FinishGoroutine(); // tolerate a missing blank line between blocks
        _g.Begin(header.Id, _strings.Intern(header.State), header.WaitMinutes, header.LockedToThread, _line, line);
        _dump!.Goroutines++;
        _state = State.FrameFunc;
        return true;
    }

    private bool FrameFunction(ReadOnlySpan<char> line)
    {
        if (line.IsWhiteSpace())
        {
            FinishGoroutine();
            _state = State.Between;
            return true;
        }
        if (GoAnchors.IsGoroutineHeader(line))
            return Header(line);
        if (line[^1] == ')' && !GoAnchors.IsIndented(line))
        {
            // The argument list starts at the last '(': receivers such as (*conn) contain parentheses, arguments never do.
            var open = line.LastIndexOf('(');
            if (open > 0)
            {
                var id = _strings.Intern(line[..open]);
                _g.AddFrame(id, line[(open + 1)..^1]);
                if (Function(id).TakesLock && IsLockState(_g.StateId))
                    _g.AddMutexFromLastFrame();
                _state = State.FrameFile;
                return true;
            }
        }
        if (line.StartsWith("created by ", StringComparison.Ordinal))
        {
            var creator = line[11..];
            var inGoroutine = creator.IndexOf(" in goroutine ", StringComparison.Ordinal);
            if (inGoroutine >= 0) creator = creator[..inGoroutine];
            _g.CreatedBy = _strings.Intern(creator.Trim());
            _g.HasContent = true;
            _state = State.CreatedByFile;
            return true;
        }
        if (line.StartsWith("...", StringComparison.Ordinal) && line.EndsWith("elided...", StringComparison.Ordinal))
        {
            _g.Elided = true;
            return true;
        }
        if (line.StartsWith("goroutine running on other thread", StringComparison.Ordinal))
        {
            _g.HasContent = true;
            return true;
        }
        if (line.StartsWith("[originating from goroutine ", StringComparison.Ordinal))
        {
            _state = State.Ancestors;
            return true;
        }
        if (GoAnchors.IsIndented(line))
            return true; // a stray location line: keep going rather than drop the dump
        var complete = _g.HasContent;
        FinishGoroutine();
        if (GoAnchors.IsRegisterLine(line) || GoAnchors.IsExitStatus(line))
        {
            _state = State.Trailer;
            return true;
        }
        if (!complete)
            MarkTruncated();
        return false;
    }

    private void FinishGoroutine()
    {
        if (!_g.Active)
            return;
        _g.End();
        var dump = _dump!;
        var hash = _g.GroupHash();
        var group = dump.Find(hash, _g);
        if (group is null)
        {
            group = NewGroup(hash);
            dump.AddGroup(group);
        }
        group.Add(_g.Id, 1, _g.WaitMinutes, _g.Locked);
        foreach (var (start, length) in _g.MutexArgs)
            group.AddMutex(_g.Text(start, length));
    }

    private GroupBuilder NewGroup(ulong hash)
    {
        var frames = new GoFrame[_g.FrameCount];
        var app = -1;
        for (var i = 0; i < frames.Length; i++)
        {
            var f = _g.Frames[i];
            var name = Function(f.Function).Name;
            frames[i] = new GoFrame(name.Function, name.Package, f.File >= 0 ? _strings[f.File] : "", f.Line,
                new string(_g.Text(f.ArgsStart, f.ArgsLength)), name.IsStdlib);
            if (app < 0 && !name.IsStdlib) app = i;
        }
        var excerpt = app < 0 ? _g.Header.ToString() : $"{_g.Header}\n{frames[app].Function}({frames[app].Args})";
        var provenance = new Provenance(_path, _g.StartLine, _g.EndLine, Excerpt(excerpt));
        return new GroupBuilder(hash, GroupBuilder.IdentityOf(_g), NextKey(), _strings[_g.StateId], frames,
            _g.CreatedBy >= 0 ? _strings[_g.CreatedBy] : null, _g.Elided, provenance, waitKnown: true);
    }

    private string NextKey() => $"{_path}#{++_groupCounter}";

    private FunctionInfo Function(int id)
    {
        while (_functions.Count <= id) _functions.Add(null);
        if (_functions[id] is { } known)
            return known;
        var name = GoFunctionName.Parse(_strings[id]);
        var info = new FunctionInfo(name, GoCategory.IsLockFunction(name.Function));
        _functions[id] = info;
        return info;
    }

    private bool IsLockState(int stateId)
    {
        while (_lockStates.Count <= stateId) _lockStates.Add(null);
        return _lockStates[stateId] ??= GoCategory.MayWaitOnLock(_strings[stateId]);
    }

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
        var pc = trimmed[parts[0]];
        var function = n > 1 ? trimmed[parts[1]] : pc;
        var plus = function.LastIndexOf("+0x", StringComparison.Ordinal);
        if (plus > 0) function = function[..plus];
        var name = Function(_strings.Intern(function)).Name;
        var file = "";
        var number = 0;
        if (n > 2 && GoLocation.TryParse(trimmed[parts[2]], out var f, out number))
            file = _strings[_strings.Intern(f)];
        _recordFrames.Add(new GoFrame(name.Function, name.Package, file, number, "", name.IsStdlib));
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

    private static string Excerpt(ReadOnlySpan<char> text) =>
        (text.Length > ExcerptMax ? text[..ExcerptMax] : text).ToString();
}

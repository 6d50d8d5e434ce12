using Analyzer.Families.Go.Facts;
using Analyzer.Rules.Facts;
using Analyzer.Text;

namespace Analyzer.Families.Go.Parsers.GoStacks;

/// <summary>
/// The Go dump grammar as a line-driven state machine (formats.md §1, §1b.1). Lines arrive one at a time, already
/// decoded; the transport prefix learned at the dump's first line is stripped before the grammar sees them. A line
/// the current state cannot place ends the dump (then it may start the next one), so a dump embedded in a service
/// log is cut out exactly and several dumps per file each get their own <see cref="GoroutineDump"/>.
/// Memory is bounded by the number of groups: a goroutine is folded into its group when its block ends.
/// </summary>
internal sealed partial class GoStackMachine
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
    private int _endBeforeHeader;
    private int _readLine; // the last line the grammar read (other programs' journal lines are skipped)

    public GoStackMachine(string path, Action<IFact> emit)
    {
        _path = path;
        _emit = emit;
        _emptyId = _strings.Intern("");
    }

    /// <summary>No dump is open: only a start line (<see cref="GoAnchors.StartCandidates"/>) changes anything.</summary>
    public bool IsScanning => _state == State.Scanning;

    /// <summary>Dumps finished so far (including the one in progress).</summary>
    public int DumpCount { get; private set; }

    /// <summary>First line of a summarised dump whose frames name packages by their last path element only (panicparse); 0 when none.</summary>
    public int ShortenedPackagesLine { get; private set; }

    /// <summary>Where a dump was found cut off mid-goroutine (its last line) and what showed it.</summary>
    public List<(int Line, string Reason)> TruncatedAt { get; } = [];

    private sealed record FunctionInfo(GoFunctionName Name, bool TakesLock);

    /// <param name="unterminated">The line is the input's last and has no newline: a paste cut mid-line may end here.</param>
    public void Feed(ReadOnlySpan<char> raw, int lineNumber, bool unterminated = false)
    {
        _line = lineNumber;
        // Judged before the line is read: a fragment that no longer fits the grammar ends the dump mid-goroutine.
        var cutReason = unterminated && _dump is not null ? CutReason() : null;
        ReadOnlySpan<char> line;
        if (_state == State.Scanning)
        {
            if (!_prefix.TryLearn(raw, GoAnchors.IsDumpStart, out line))
                return;
            Begin(line);
        }
        else
        {
            var match = _prefix.Strip(raw, out line);
            if (match == PrefixMatch.OtherSource)
                return; // another program's line interleaved in the journal
            if (match == PrefixMatch.Restarted)
            {
                // The program runs again under a new pid: its lines are not this dump's, but its dump is the next one.
                if (!GoAnchors.IsDumpStart(line))
                    return;
                EndDump();
                if (!_prefix.TryLearn(raw, GoAnchors.IsDumpStart, out line))
                    return;
                Begin(line);
            }
        }

        if (!Step(line))
        {
            if (cutReason is not null)
                MarkTruncated(cutReason + " (its last line is cut mid-line)");
            EndDump();
            if (!_prefix.TryLearn(raw, GoAnchors.IsDumpStart, out line))
                return;
            Begin(line);
            Step(line);
        }
        _readLine = _line;
        if (_dump is not null && !line.IsWhiteSpace())
        {
            _dump.EndLine = lineNumber;
            if (_g.Active) _g.EndLine = lineNumber;
        }
    }

    /// <summary>
    /// End of input: a dump still open is closed. <paramref name="cut"/> says the input was cut (size cap);
    /// <paramref name="lastLineUnterminated"/> that its last line had no newline, the mark of a paste cut mid-line:
    /// then a dump that stops before its last goroutine reaches its bottom frame is reported cut, not complete.
    /// </summary>
    public void Finish(bool cut, bool lastLineUnterminated)
    {
        if (_dump is null)
            return;
        if (cut)
            MarkTruncated("the input stops at the 64 MiB pprof cap");
        else if (_state == State.FrameFile)
            MarkTruncated("the last frame has no file line");
        else if (_g.Active && !_g.HasContent)
            MarkTruncated("a goroutine header without its stack");
        else if (lastLineUnterminated && _readLine == _line && CutReason() is { } reason)
            MarkTruncated(reason);
        EndDump();
    }

    /// <summary>Why a dump whose last line is unterminated looks cut, or null when what was read ends the way a Go dump ends.</summary>
    private string? CutReason()
    {
        switch (_state)
        {
            case State.Preamble or State.RuntimeStack when _dump!.Goroutines == 0:
                return "the input ends in the crash preamble, before any goroutine";
            case State.CreatedByFile:
                return $"goroutine {_g.Id}'s `created by` line has no file line";
            case State.FrameFunc when _g.Active && !_g.Summary && !ReachedBottom():
                return $"the input ends inside goroutine {_g.Id}'s stack, before its `created by` line or main.main";
            case State.ProfileFrames when _recordFrames.Count == 0 && _profileSymbolized:
                return "the last profile record has no frames";
            default:
                return null;
        }
    }

    /// <summary>A goroutine's stack ends at its creator, at main.main / runtime.goexit, or at an elision mark.</summary>
    private bool ReachedBottom()
    {
        if (_g.CreatedBy >= 0 || _g.Elided || _g.FrameCount == 0)
            return true;
        var last = _strings[_g.Frames[^1].Function];
        return last is "main.main" or "runtime.main" or "runtime.goexit" or "runtime.mstart" or "runtime.systemstack";
    }

    private void Begin(ReadOnlySpan<char> anchor)
    {
        string kind;
        if (anchor.StartsWith("panic: ", StringComparison.Ordinal)) kind = "panic";
        else if (anchor.StartsWith("fatal error: ", StringComparison.Ordinal) || anchor.StartsWith("runtime: ", StringComparison.Ordinal)) kind = "fatal-error";
        else if (anchor.StartsWith("SIGQUIT", StringComparison.Ordinal)) kind = "sigquit";
        else if (GoAnchors.IsSignalReport(anchor)) kind = "fatal-error";
        else if (GoAnchors.IsProfileHeader(anchor)) kind = "profile";
        else if (GoAnchors.IsSummaryHeader(anchor)) kind = "summary";
        else kind = "traceback";
        _dump = new DumpBuilder(kind, _line, Excerpt(anchor));
        // A fatal signal ended the process: it is reported like a fatal error, its message the signal line.
        if (GoAnchors.IsSignalReport(anchor))
            _dump.AddFatal(anchor.Trim().ToString(), _line, Excerpt(anchor));
        DumpCount++;
        _profileSymbolized = false;
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

    private void MarkTruncated(string reason)
    {
        if (_dump is null || _dump.Truncated)
            return;
        _dump.Truncated = true;
        TruncatedAt.Add((_line, reason));
    }

    /// <summary>Feeds one stripped line to the current state; false when the line does not belong to the dump.</summary>
    private bool Step(ReadOnlySpan<char> line)
    {
        var dump = _dump!;
        switch (_state)
        {
            case State.Preamble:
                if (line.IsWhiteSpace()) return true;
                if (GoAnchors.IsAnyHeader(line)) return Header(line);
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
                    || (GoAnchors.IsSignalReport(line) && dump.Goroutines == 0)
                    || line.StartsWith("runtime: ", StringComparison.Ordinal) || line.StartsWith("signal arrived during", StringComparison.Ordinal)
                    || GoAnchors.IsIndented(line);

            case State.RuntimeStack:
                if (line.IsWhiteSpace())
                {
                    _state = State.Preamble;
                    return true;
                }
                if (GoAnchors.IsAnyHeader(line)) return Header(line);
                return GoAnchors.IsIndented(line) || line[^1] == ')' || line.StartsWith("...", StringComparison.Ordinal)
                    || GoLocation.IsLocationShape(line);

            case State.Between:
                if (line.IsWhiteSpace()) return true;
                if (GoAnchors.IsAnyHeader(line)) return Header(line);
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
                // A paste may have trimmed the TAB (then the shape says it is a location) or indented the function
                // lines too (then a call stays a call); a line that is neither had no location: re-read it as a frame.
                if (!GoLocation.IsLocationShape(line) && (!GoAnchors.IsIndented(line) || GoAnchors.IsCall(line)))
                    return FrameFunction(line);
                if (GoLocation.TryParse(line, out var file, out var number))
                    _g.SetLocation(_strings.Intern(file), number);
                else
                    _g.SetLocation(_strings.Intern(line.Trim()), 0);
                return true;

            case State.CreatedByFile:
                _state = State.FrameFunc;
                return (GoAnchors.IsIndented(line) && !GoAnchors.IsCall(line)) || GoLocation.IsLocationShape(line) || FrameFunction(line);

            case State.Ancestors:
                if (line.IsWhiteSpace())
                {
                    FinishGoroutine();
                    _state = State.Between;
                    return true;
                }
                if (GoAnchors.IsAnyHeader(line)) return Header(line);
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

    private static string Excerpt(ReadOnlySpan<char> text) =>
        (text.Length > ExcerptMax ? text[..ExcerptMax] : text).ToString();
}

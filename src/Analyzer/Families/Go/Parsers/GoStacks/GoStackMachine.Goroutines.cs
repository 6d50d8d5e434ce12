using Analyzer.Families.Go.Facts;
using Analyzer.Rules.Facts;

namespace Analyzer.Families.Go.Parsers.GoStacks;

/// <summary>Goroutine blocks: panic lines, headers, frames, and folding each finished goroutine into its group.</summary>
internal sealed partial class GoStackMachine
{
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
        if (!GoAnchors.IsGoroutineHeader(line))
            return SummaryHeader(line);
        if (!GoHeader.TryParse(line, out var header))
        {
            MarkTruncated("a goroutine header cut mid-line"); // "goroutine 12 [chan rec"
            return false;
        }
        // Ids are unique within one dump (0 is the M's system goroutine and may repeat): a repeat is the next dump,
        // e.g. two debug=2 downloads saved into one file, or a second runtime.Stack dump after a restart.
        if (header.Id != 0 && !_dump!.AddGoroutineId(header.Id))
            return false;
        _endBeforeHeader = _dump!.EndLine;
        if (_g.Active)
            FinishGoroutine(); // tolerate a missing blank line between blocks
        _g.Begin(header.Id, _strings.Intern(header.State), header.WaitMinutes, header.LockedToThread, _line, line);
        _dump!.Goroutines++;
        _state = State.FrameFunc;
        return true;
    }

    /// <summary>A group of a summarised dump: its count stands for that many goroutines, its ids are unknown.</summary>
    private bool SummaryHeader(ReadOnlySpan<char> line)
    {
        GoSummaryHeader.TryParse(line, out var header);
        if (_g.Active)
            FinishGoroutine();
        _endBeforeHeader = _dump!.EndLine;
        _g.Begin(-1, _strings.Intern(header.State), header.MinWaitMinutes, header.LockedToThread, _line, line);
        _g.SetSummary(header.Count, header.MaxWaitMinutes);
        if (!header.CreatedBy.IsEmpty)
            _g.CreatedBy = _strings.Intern(header.CreatedBy);
        _dump.Goroutines += header.Count;
        _state = State.FrameFunc;
        return true;
    }

    /// <summary>
    /// A frame line of a summarised dump that puts the location first: <c>main.go:12 main.f()</c>, or panicparse's
    /// <c>sync  mutex.go:134  (*Mutex).Lock(...)</c> where the first column is the package's last path element.
    /// </summary>
    private bool SummaryFrame(ReadOnlySpan<char> call)
    {
        var first = call.IndexOfAny(' ', '\t');
        if (first < 0)
            return false;
        var package = ReadOnlySpan<char>.Empty;
        var location = call[..first];
        var rest = call[first..].TrimStart();
        if (!GoLocation.IsLocationShape(location))
        {
            var second = rest.IndexOfAny(' ', '\t');
            if (second < 0 || !GoLocation.IsLocationShape(rest[..second]))
                return false;
            package = location;
            location = rest[..second];
            rest = rest[second..].TrimStart();
        }
        var open = ArgumentListStart(rest);
        if (open <= 0)
            return false;
        var function = rest[..open];
        var id = package.IsEmpty ? _strings.Intern(function) : _strings.Intern(string.Concat(package, ".", function));
        _g.AddFrame(id, rest[(open + 1)..^1]);
        GoLocation.TryParse(location, out var file, out var number);
        _g.SetLocation(_strings.Intern(file), number);
        if (!package.IsEmpty && ShortenedPackagesLine == 0)
            ShortenedPackagesLine = _line;
        return true;
    }

    /// <summary>The '(' matching the final ')': panicparse prints typed arguments such as <c>*uint32(#1)</c>.</summary>
    private static int ArgumentListStart(ReadOnlySpan<char> call)
    {
        if (call.IsEmpty || call[^1] != ')')
            return -1;
        var depth = 0;
        for (var i = call.Length - 1; i >= 0; i--)
        {
            if (call[i] == ')') depth++;
            else if (call[i] == '(' && --depth == 0) return i;
        }
        return -1;
    }

    private bool FrameFunction(ReadOnlySpan<char> line)
    {
        if (line.IsWhiteSpace())
        {
            FinishGoroutine();
            _state = State.Between;
            return true;
        }
        if (GoAnchors.IsAnyHeader(line))
            return Header(line);
        // Function lines are read whatever their indentation: a paste may have indented them along with the file lines.
        var call = line.Trim();
        if (_g.Summary)
        {
            if (SummaryFrame(call))
                return true;
            if (call.SequenceEqual("(...)"))
            {
                _g.Elided = true; // panicparse's mark for elided frames
                return true;
            }
        }
        if (call[^1] == ')')
        {
            // The argument list starts at the last '(': receivers such as (*conn) contain parentheses, arguments never do.
            var open = call.LastIndexOf('(');
            if (open > 0)
            {
                var id = _strings.Intern(call[..open]);
                if (_g.FrameCount == 0 && !_g.Summary && _dump!.Goroutines > 1 && IsDumper(id))
                    SplitBeforeCurrentGoroutine();
                _g.AddFrame(id, call[(open + 1)..^1]);
                if (Function(id).TakesLock && IsLockState(_g.StateId))
                    _g.AddMutexFromLastFrame();
                _state = State.FrameFile;
                return true;
            }
        }
        if (call.StartsWith("created by ", StringComparison.Ordinal))
        {
            var creator = call[11..];
            var inGoroutine = creator.IndexOf(" in goroutine ", StringComparison.Ordinal);
            if (inGoroutine >= 0) creator = creator[..inGoroutine];
            _g.CreatedBy = _strings.Intern(creator.Trim());
            _g.HasContent = true;
            _state = State.CreatedByFile;
            return true;
        }
        if (call.StartsWith("...", StringComparison.Ordinal) && call.EndsWith("elided...", StringComparison.Ordinal))
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
        if (GoAnchors.IsIndented(line) || GoLocation.IsLocationShape(line))
            return true; // a stray location line: keep going rather than drop the dump
        var complete = _g.HasContent;
        FinishGoroutine();
        if (GoAnchors.IsRegisterLine(line) || GoAnchors.IsExitStatus(line))
        {
            _state = State.Trailer;
            return true;
        }
        if (!complete)
            MarkTruncated("a goroutine header without its stack");
        return false;
    }

    /// <summary>
    /// The goroutine that prints a runtime.Stack or debug=2 dump comes first in it; met after other goroutines, it is
    /// the first of the next dump (two downloads saved into one file). The dump so far ends before its header.
    /// </summary>
    private bool IsDumper(int function)
    {
        var name = _strings[function];
        return name is "runtime/pprof.writeGoroutineStacks" or "runtime.Stack";
    }

    private void SplitBeforeCurrentGoroutine()
    {
        var previous = _dump!;
        previous.Goroutines--;
        previous.EndLine = _endBeforeHeader;
        previous.Emit(_path, _emit);
        _dump = new DumpBuilder("traceback", _g.StartLine, Excerpt(_g.Header)) { Goroutines = 1 };
        _dump.AddGoroutineId(_g.Id);
        DumpCount++;
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
        group.Add(_g.Id, _g.Count, _g.WaitMinutes, _g.MaxWaitMinutes, _g.Locked);
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
            var file = f.File >= 0 ? _strings[f.File] : "";
            var stdlib = GoStdlib.IsStdlib(name.Package, file);
            frames[i] = new GoFrame(name.Function, name.Package, file, f.Line, new string(_g.Text(f.ArgsStart, f.ArgsLength)), stdlib);
            if (app < 0 && !stdlib) app = i;
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
}

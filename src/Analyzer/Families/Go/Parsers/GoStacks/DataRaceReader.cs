using Analyzer.Families.Go.Facts;
using Analyzer.Rules.Facts;
using Analyzer.Text;

namespace Analyzer.Families.Go.Parsers.GoStacks;

/// <summary>
/// Reads the race detector's reports beside the goroutine-dump grammar (they share a stream: a `-race` binary's
/// stderr, a test log). A report is
/// <code>
/// ==================
/// WARNING: DATA RACE
/// Read at 0x00c0000a4150 by goroutine 8:
///   main.(*Metrics).record()
///       fixturegen/cmd/datarace/main.go:19 +0xd8
///
/// Previous write at 0x00c0000a4150 by goroutine 7:
///   ...
/// Goroutine 8 (running) created at:
///   ...
/// ==================
/// </code>
/// Only the two access sections are kept (first application frame of each); the creation sections are context.
/// </summary>
internal sealed class DataRaceReader(string path, Action<IFact> emit)
{
    private enum Section { None, Current, Previous, Other }

    private readonly TransportPrefix _prefix = new();
    private Pending? _report;
    private Section _section;
    private string? _lastFunction;

    public int Reports { get; private set; }

    /// <summary>No report is open: only a <c>WARNING: DATA RACE</c> line changes anything.</summary>
    public bool IsIdle => _report is null;

    private sealed class Pending
    {
        public required int Line;
        public required string Excerpt;
        public string Access = "";
        public string Address = "";
        public long Goroutine;
        public string Function = "";
        public string Location = "";
        public bool FunctionIsApp;
        public string PreviousAccess = "";
        public long PreviousGoroutine;
        public string PreviousFunction = "";
        public string PreviousLocation = "";
        public bool PreviousIsApp;
    }

    public static bool IsStart(ReadOnlySpan<char> line) => line.StartsWith("WARNING: DATA RACE", StringComparison.Ordinal);

    public void Feed(ReadOnlySpan<char> raw, int number)
    {
        ReadOnlySpan<char> line;
        if (_report is null)
        {
            if (!_prefix.TryLearn(raw, IsStart, out line) || !IsStart(line))
                return;
            _report = new Pending { Line = number, Excerpt = line.ToString() };
            _section = Section.None;
            return;
        }
        if (_prefix.Strip(raw, out line) == PrefixMatch.OtherSource)
            return;
        var trimmed = line.Trim();
        if (trimmed.StartsWith("=================="))
        {
            Emit(complete: true);
            return;
        }
        if (IsStart(trimmed))
        {
            Emit(complete: false);
            _report = new Pending { Line = number, Excerpt = trimmed.ToString() };
            _section = Section.None;
            return;
        }
        if (trimmed.IsEmpty)
            return;
        if (!GoAnchors.IsIndented(line))
        {
            _section = ReadSectionHeader(trimmed);
            return;
        }
        if (_section is Section.Current or Section.Previous)
            ReadFrameLine(trimmed);
    }

    /// <summary>Ends the input; returns the first line of a report left open (cut off), else null.</summary>
    public int? Finish()
    {
        var open = _report?.Line;
        Emit(complete: false);
        return open;
    }

    /// <summary><c>Read at 0x00c0000a4150 by goroutine 8:</c>, <c>Previous write at 0x... by main goroutine:</c>.</summary>
    private Section ReadSectionHeader(ReadOnlySpan<char> line)
    {
        var at = line.IndexOf(" at 0x", StringComparison.Ordinal);
        var by = line.IndexOf(" by ", StringComparison.Ordinal);
        if (at <= 0 || by < at || !line.EndsWith(":"))
            return Section.Other; // "Goroutine 8 (running) created at:", "Location is global ...", "Mutex M1 ..."
        var access = line[..at].ToString();
        var address = line[(at + 4)..by].ToString();
        var who = line[(by + 4)..^1];
        long goroutine = 0;
        if (who.StartsWith("goroutine ", StringComparison.Ordinal))
            _ = long.TryParse(who[10..], out goroutine);
        var r = _report!;
        _lastFunction = null;
        if (access.StartsWith("Previous ", StringComparison.Ordinal))
        {
            (r.PreviousAccess, r.PreviousGoroutine) = (access, goroutine);
            return Section.Previous;
        }
        (r.Access, r.Address, r.Goroutine) = (access, address, goroutine);
        return Section.Current;
    }

    /// <summary>Function lines (<c>main.f()</c>) alternate with their locations (<c>    main.go:19 +0xd8</c>).</summary>
    private void ReadFrameLine(ReadOnlySpan<char> line)
    {
        if (GoAnchors.IsCall(line) && !GoLocation.TryParse(line, out _, out _))
        {
            var paren = line.LastIndexOf('(');
            _lastFunction = line[..paren].ToString();
            return;
        }
        if (_lastFunction is null || !GoLocation.TryParse(line, out var file, out var number))
            return;
        var name = GoFunctionName.Parse(_lastFunction);
        var app = !GoStdlib.IsStdlib(name.Package, file);
        var location = $"{file}:{number}";
        var r = _report!;
        // The first frame, replaced once by the first application frame (runtime.mapaccess1 → main.(*Metrics).record).
        if (_section == Section.Current && (r.Function.Length == 0 || (app && !r.FunctionIsApp)))
            (r.Function, r.Location, r.FunctionIsApp) = (_lastFunction, location, app);
        else if (_section == Section.Previous && (r.PreviousFunction.Length == 0 || (app && !r.PreviousIsApp)))
            (r.PreviousFunction, r.PreviousLocation, r.PreviousIsApp) = (_lastFunction, location, app);
        _lastFunction = null;
    }

    private void Emit(bool complete)
    {
        if (_report is not { } r)
            return;
        _report = null;
        _section = Section.None;
        Reports++;
        emit(new GoDataRace
        {
            Provenance = new Provenance(path, r.Line, null, r.Excerpt),
            Path = path,
            Access = r.Access,
            Address = r.Address,
            Goroutine = r.Goroutine,
            Function = r.Function,
            Location = r.Location,
            PreviousAccess = r.PreviousAccess,
            PreviousGoroutine = r.PreviousGoroutine,
            PreviousFunction = r.PreviousFunction,
            PreviousLocation = r.PreviousLocation,
            Complete = complete,
        });
    }
}

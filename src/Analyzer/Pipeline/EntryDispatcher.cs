using Analyzer.Bundles;
using Analyzer.Detection;
using Analyzer.Inventory;
using Analyzer.Parsing;
using Analyzer.Pipeline.Embedded;
using Analyzer.Rules.Facts;
using Analyzer.Transport;

namespace Analyzer.Pipeline;

/// <summary>
/// The bundle reader's sink: sniffs each entry, hands it to the parser that recognises it (content before name),
/// lets scanners look through unclaimed text, and records every input in the inventory. A parser that throws
/// fails only its own entry.
/// </summary>
internal sealed partial class EntryDispatcher(IReadOnlyList<IFormatParser> parsers) : IEntrySink
{
    private readonly InventoryBuilder _inventory = new();
    private readonly HashSet<string> _sources = new(StringComparer.Ordinal);

    private readonly IReadOnlyList<IFormatParser> _parsers = parsers;

    /// <summary>
    /// The parsers that scan unclaimed text, in registry order: they read text no parser claims, and ride along with
    /// a parser whose format carries embedded text.
    /// </summary>
    private readonly IReadOnlyList<IFormatParser> _scanners = parsers.Where(p => p.ScansUnclaimedText).ToList();

    public List<IFact> Facts { get; } = [];
    public IReadOnlyCollection<string> Sources => _sources;
    public IReadOnlyList<InputRecord> Inventory => _inventory.Records();

    /// <summary>What the entry cap left unread, one count per top-level folder.</summary>
    public List<UnreadFolder> Unread { get; } = [];

    public void OnEntry(BundleEntry entry, Stream content)
    {
        var head = ReadHead(content, out var complete);
        if (head.Length == 0 && complete)
        {
            _inventory.Set(new InputRecord(entry.Path, "empty", InputStatus.Unrecognized, 0, ["empty file"]));
            return;
        }
        Dispatch(new TextSource(entry.Path, entry.Path, head, complete, content, 0, null) { OpenAgain = entry.OpenAgain }, nested: false);
    }

    /// <summary>
    /// Detects and parses one entry or virtual entry: first through the transport layer (multi-file pastes split into
    /// sections, wrappers removed, programs split into channels) when its head shows any of that, else as it is.
    /// </summary>
    private void Dispatch(TextSource source, bool nested)
    {
        var probe = new EntryProbe(source.RecordPath, source.Head, source.Complete) { NameHint = source.NameHint };
        if (!probe.IsBinary)
        {
            if (!nested && TrySections(source, probe))
                return;
            if (!nested && CrLineEnds.Only(source.Head.Span))
            {
                Dispatch(source.WithCrLineEnds(), nested: true);
                return;
            }
            var stack = StackLearner.Learn(probe.HeadLines);
            if (!stack.IsEmpty && TryTransport(source, probe, stack))
                return;
        }
        var (parser, confidence) = Best(probe);
        if (confidence == DetectionConfidence.None)
        {
            if (probe.IsBinary)
            {
                _inventory.Set(new InputRecord(source.RecordPath, "binary", InputStatus.Unrecognized, 0, ["binary content that no parser reads"]));
                return;
            }
            parser = _scanners.FirstOrDefault();
            if (parser is null)
            {
                _inventory.Set(new InputRecord(source.RecordPath, "text", InputStatus.Unrecognized, 0, ["text in no known format"]));
                return;
            }
        }
        Parse(parser, source.RecordPath, source.FactPath, source.Open(), scanned: confidence == DetectionConfidence.None, () => source.Notes,
            nameHint: source.NameHint, openAgain: source.PadLines == 0 ? source.OpenAgain : null);
    }

    private (IFormatParser Parser, DetectionConfidence Confidence) Best(EntryProbe probe) => _parsers
        .Select(p => (Parser: p, Confidence: p.Detect(probe)))
        .OrderByDescending(x => x.Confidence)
        .First();

    /// <summary>
    /// Attaches what facts say about other inputs (a sos manifest marking a command truncated) to those inputs'
    /// records. Called once the whole bundle was read, so the order of entries in the archive does not matter; a
    /// note whose target is not in the bundle stays on the input that made it.
    /// </summary>
    public void ApplyInventoryNotes()
    {
        foreach (var note in Facts.OfType<IInventoryNote>())
        {
            if (_inventory.Contains(note.Target))
                _inventory.Problem(note.Target, note.Status, note.Reason);
            else if (note is IFact fact)
                _inventory.Problem(fact.Provenance.Path, note.Status, $"{note.Target} (not in the bundle): {note.Reason}");
        }
    }

    public void OnArchive(string path, string format) =>
        _inventory.Set(new InputRecord(path, $"archive ({format})", InputStatus.Parsed, 0, []));

    public void OnProblem(string path, InputStatus status, string reason) => _inventory.Problem(path, status, reason);

    public void OnUnread(UnreadFolder unread)
    {
        Unread.Add(unread);
        // One inventory row per folder, not one per file: the folded row the Markdown report would draw anyway. When the
        // row names an input already listed (root files are counted under the bundle's name, which may be an archive's),
        // it stays that input, with the count as one more problem.
        if (_inventory.Contains(unread.Folder))
            _inventory.Problem(unread.Folder, InputStatus.Skipped, unread.Reason);
        else
            _inventory.Set(new InputRecord(unread.Folder, "unread", InputStatus.Skipped, 0, [unread.Reason]));
    }

    /// <param name="openAgain">The entry read again for the scanners, each on its own (a file on disk); else they read
    /// through a tee of what the primary reads.</param>
    private void Parse(IFormatParser parser, string recordPath, string factPath, Stream stream, bool scanned, Func<IReadOnlyList<string>> notes,
        WrapperStack? unwrapForScanners = null, string? nameHint = null, Func<Stream>? openAgain = null)
    {
        var scanners = parser.CarriesEmbeddedText
            ? _scanners.Where(p => !ReferenceEquals(p, parser)).ToList()
            : [];
        if (scanners.Count == 0)
        {
            var context = new ParseContext(factPath, stream, AddFact) { NameHint = nameHint };
            Record(parser, recordPath, context, scanned, ParseOnce(parser, context), EmbeddedFindings.None, notes());
            return;
        }
        // The scanners read the same bytes on their own threads, so a Go panic inside a kernel log is found in the same
        // pass. A file on disk is read by each of them on its own; a forward-only entry (an archive member) is read
        // once, the primary through a tee that feeds the scanners.
        var session = openAgain is not null && unwrapForScanners is null
            ? EmbeddedScanSession.ReadingAgain(factPath, stream, openAgain, scanners)
            : EmbeddedScanSession.Teed(factPath, stream, scanners, unwrapForScanners);
        var primary = new ParseContext(factPath, session.Content, AddFact) { NameHint = nameHint };
        Exception? failure;
        try
        {
            failure = ParseOnce(parser, primary);
        }
        finally
        {
            session.Finish();
        }
        Record(parser, recordPath, primary, scanned, failure, Embedded(session), notes());
    }

    private static Exception? ParseOnce(IFormatParser parser, ParseContext context)
    {
        try
        {
            parser.Parse(context);
            return null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return e;
        }
    }

    private void Record(IFormatParser parser, string path, ParseContext context, bool scanned, Exception? failure, EmbeddedFindings embedded, IReadOnlyList<string> notes)
    {
        var facts = context.FactCount + embedded.Facts;
        if (failure is not null)
        {
            // Keep the facts it produced before failing: they carry provenance and are still true.
            _inventory.Set(new InputRecord(path, parser.Format, InputStatus.Failed, facts,
                [.. context.Problems, ParserFailure.Reason($"the {parser.Format} parser", failure), .. embedded.Problems])
                { Notes = [.. notes, .. embedded.Notes] });
            return;
        }
        if (scanned && context.FactCount == 0)
        {
            _inventory.Set(new InputRecord(path, "text", InputStatus.Unrecognized, 0, ["text in no known format", .. context.Problems]) { Notes = notes });
            return;
        }
        // An entry its parser recognised but could not read (a binary dump that needs converting) is no evidence.
        if (context.Status <= InputStatus.Partial)
            _sources.Add(parser.Source);
        _inventory.Set(new InputRecord(path, parser.Format, context.Status, facts, [.. context.Problems, .. embedded.Problems])
            { Notes = [.. notes, .. embedded.Notes] });
    }

    /// <summary>
    /// Takes the scanners' facts after the primary's, in registry order, so reports do not depend on thread timing.
    /// Their problems are listed without changing the entry's status, which is the primary's: the entry was read.
    /// </summary>
    private EmbeddedFindings Embedded(EmbeddedScanSession session)
    {
        var notes = new List<string>();
        var problems = new List<string>();
        var count = 0;
        foreach (var scan in session.Scans)
        {
            foreach (var fact in scan.Facts)
                AddFact(fact);
            count += scan.Facts.Count;
            if (scan.Facts.Count > 0)
            {
                _sources.Add(scan.Scanner.Source);
                notes.Add($"also found: {scan.Scanner.Format} ({scan.Facts.Count} facts)");
                problems.AddRange(scan.Problems.Select(p => $"{scan.Scanner.Format}: {p}"));
            }
            if (scan.Failure is { } e)
                problems.Add(ParserFailure.Reason($"the {scan.Scanner.Format} scan of this log", e));
        }
        if (session.DrainProblem is { } drain)
            problems.Add(drain);
        return new EmbeddedFindings(count, notes, problems);
    }

    private void AddFact(IFact fact)
    {
        Facts.Add(fact);
        _sources.Add(SourceOf(fact.GetType())); // a parser may emit facts of a neighbouring family (top's load average)
    }

    private readonly Dictionary<Type, string> _sourceOfType = [];

    private string SourceOf(Type type)
    {
        if (!_sourceOfType.TryGetValue(type, out var source))
        {
            var attribute = (Rules.Facts.FactRecordAttribute?)Attribute.GetCustomAttribute(type, typeof(Rules.Facts.FactRecordAttribute));
            _sourceOfType[type] = source = attribute?.Source ?? Rules.Facts.FactSources.Bundle;
        }
        return source;
    }

    private static byte[] ReadHead(Stream content, out bool complete)
    {
        var buffer = new byte[EntryProbe.HeadSize];
        var filled = 0;
        while (filled < buffer.Length)
        {
            var n = content.Read(buffer, filled, buffer.Length - filled);
            if (n == 0) break;
            filled += n;
        }
        // A full head may or may not be the whole entry: a forward-only stream cannot tell without reading on.
        complete = filled < buffer.Length;
        return filled == buffer.Length ? buffer : buffer[..filled];
    }
}

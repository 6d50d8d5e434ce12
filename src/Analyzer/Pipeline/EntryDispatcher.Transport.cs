using Analyzer.Reporting;
using Analyzer.Detection;
using Analyzer.Inventory;
using Analyzer.Pipeline.Embedded;
using Analyzer.Transport;

namespace Analyzer.Pipeline;

/// <summary>The transport layer's part of dispatching: sections, unwrapped text and channels.</summary>
internal sealed partial class EntryDispatcher
{
    /// <summary>
    /// A paste of several files (<c>==&gt; f &lt;==</c> from head/tail, shell prompts above outputs) becomes one
    /// virtual entry per section, detected on its own and named <c>entry!/section</c>; facts still cite the entry's
    /// path and line. Only when the first text line is such a marker, so a log mentioning a prompt stays one entry. A
    /// single command's output under its prompt is just that output: its record keeps the file's path.
    /// </summary>
    private bool TrySections(TextSource source, EntryProbe probe)
    {
        var first = probe.HeadLines.FirstOrDefault(l => !string.IsNullOrWhiteSpace(l));
        if (first is null || !SectionMarker.TryParse(first, out _, out _))
            return false;
        var names = new List<string>();
        string? firstNote = null;
        string? firstCommand = null;
        using (var sections = new SectionSource(source.Open()))
        {
            while (sections.TryNext(out var section))
            {
                var name = section.Name.StartsWith('/') ? section.Name : "/" + section.Name;
                var path = source.RecordPath + "!" + name;
                for (var n = 2; names.Contains(path); n++)
                    path = $"{source.RecordPath}!{name}#{n}";
                names.Add(path);
                var note = $"section of {source.RecordPath} from line {section.FirstLine}"
                    + (section.Command is { } c ? $" (output of {MarkdownText.Code(c)})" : "");
                if (names.Count == 1)
                    (firstNote, firstCommand) = (note, section.Command);
                var head = ReadHead(section, out var complete);
                if (head.Length == 0 && complete)
                    _inventory.Set(new InputRecord(path, "empty", InputStatus.Unrecognized, 0, ["empty section"]) { Notes = [note] });
                else
                {
                    var virtualSource = new TextSource(path, source.FactPath, head, complete, section, section.FirstLine - 1,
                        section.Command ?? section.Name);
                    virtualSource.Note(note);
                    Dispatch(virtualSource, nested: true);
                }
                section.Drain();
            }
        }
        // One command's output under its prompt is simply that output: the prompt named it, the file keeps its record.
        if (names.Count == 1 && firstCommand is not null)
        {
            _inventory.Move(names[0], source.RecordPath, firstNote!, $"transport: shell prompt (output of {MarkdownText.Code(firstCommand)})");
            return true;
        }
        _inventory.Set(new InputRecord(source.RecordPath, "multi-file output", InputStatus.Parsed, 0, [])
            { Notes = [$"transport: split into {names.Count} section(s): {string.Join(", ", names.Select(n => n[(source.RecordPath.Length + 1)..]))}"] });
        return true;
    }

    /// <summary>
    /// Removes the learned wrappers when that lets a parser read the entry better than it reads it as written (a parser
    /// that reads syslog itself, like the kernel log's, keeps its raw lines and their timestamps; nothing is copied
    /// then). A log of several programs that parsers recognise on their own is split into channels.
    /// </summary>
    private bool TryTransport(TextSource source, EntryProbe probe, WrapperStack stack)
    {
        var lines = HeadView.Lines(source.Head, source.Complete, stack);
        if (stack.NamesPrograms && TryChannels(source, stack, lines))
            return true;
        var cleanProbe = new EntryProbe(source.RecordPath, HeadView.Bytes(lines.Select(l => l.Clean)), source.Complete) { NameHint = source.NameHint };
        var (_, rawConfidence) = Best(probe);
        var (parser, confidence) = Best(cleanProbe);
        // Colour codes and non-breaking spaces are damage no parser wants; prefixes are left to a parser that reads them.
        if (rawConfidence > DetectionConfidence.None && rawConfidence >= confidence && !stack.Ansi && !stack.Nbsp)
            return TryRawWithCleanScan(source, probe, stack);
        var scanned = confidence == DetectionConfidence.None;
        if (scanned)
        {
            // Nobody recognises it either way: clean it for the scanners only when they could not read it as written.
            if (!stack.OpaqueToParsers)
                return false;
            if (_scanners.FirstOrDefault() is not { } scanner)
                return false;
            parser = scanner;
        }
        var stream = new CleanedStream(source.Open(), stack);
        try
        {
            Parse(parser, source.RecordPath, source.FactPath, stream, scanned, () => [.. source.Notes, .. TransportNotes(stream)], nameHint: source.NameHint);
        }
        finally
        {
            stream.Dispose();
        }
        return true;
    }

    /// <summary>
    /// The parser reads the wrapped entry as written (a JuiceFS log under CRI: it finds its own lines in the prefix),
    /// but the scanners riding along only read the shapes of syslog, quotes and line numbers themselves: behind any
    /// other wrapper they get the entry with it removed, or a Go panic at the end of that log is lost. The plain syslog
    /// kernel log stays pass-through (false: read as it is).
    /// </summary>
    private bool TryRawWithCleanScan(TextSource source, EntryProbe probe, WrapperStack stack)
    {
        if (!stack.OpaqueToParsers)
            return false;
        var (parser, _) = Best(probe);
        if (!parser.CarriesEmbeddedText)
            return false;
        Parse(parser, source.RecordPath, source.FactPath, source.Open(), scanned: false,
            () => [.. source.Notes, $"transport: read as written; embedded text scanned without {stack.Describe()}"], stack, source.NameHint);
        return true;
    }

    private static IEnumerable<string> TransportNotes(CleanedStream stream)
    {
        foreach (var (line, stack) in stream.Regimes)
            yield return line == 1 ? $"transport: {stack.Describe()}" : $"transport from line {line}: {stack.Describe()}";
    }

    /// <summary>
    /// Channels: one per program that a parser recognises on its own in the head (same program name across pids is one
    /// channel). Two or more make a split: every channel's parser reads its own view in one pass over the entry, and the
    /// lines of the other programs go to the scanners. One or none keeps the entry whole.
    /// </summary>
    private bool TryChannels(TextSource source, WrapperStack stack, IReadOnlyList<HeadLine> lines)
    {
        var programs = lines.Where(l => l.Outcome == LineOutcome.Unwrapped && l.Program.Length > 0).Select(l => l.Program).Distinct().ToList();
        if (programs.Count < 2)
            return false;
        var claims = new List<(string Program, IFormatParser Parser, bool Raw, int Lines)>();
        foreach (var program in programs)
        {
            var own = lines.Where(l => l.Program == program).ToList();
            var name = $"{source.RecordPath}#{program}";
            var (rawParser, raw) = Best(new EntryProbe(name, HeadView.Bytes(own.Select(l => l.Raw)), source.Complete));
            var (cleanParser, clean) = Best(new EntryProbe(name, HeadView.Bytes(own.Select(l => l.Clean)), source.Complete));
            if (Math.Max((int)raw, (int)clean) >= (int)DetectionConfidence.Content)
                claims.Add(raw >= clean ? (program, rawParser, true, own.Count) : (program, cleanParser, false, own.Count));
        }
        // Programs the same parser claims form one channel: that parser reads them together (the kernel-log parser picks
        // its own lines out of CRON's and sshd's). Only two parsers or more make a split.
        var channels = claims
            .GroupBy(c => (c.Parser, c.Raw))
            .Select(g => new Channel(g.OrderByDescending(c => c.Lines).Select(c => c.Program).ToList(), g.Key.Parser, g.Key.Raw))
            .ToList();
        if (channels.Select(c => c.Parser).Distinct().Count() < 2)
            return false;
        RunChannels(source, stack, channels);
        return true;
    }

    /// <summary>The programs one parser reads together, and whether it reads their lines as written.</summary>
    private sealed record Channel(IReadOnlyList<string> Programs, IFormatParser Parser, bool Raw)
    {
        public string Name => string.Join('+', Programs);
    }

    private void RunChannels(TextSource source, WrapperStack stack, IReadOnlyList<Channel> channels)
    {
        var claimed = channels.SelectMany(c => c.Programs).ToHashSet(StringComparer.Ordinal);
        var scans = channels.Select(c => (Filter: new ChannelFilter(c.Programs.ToHashSet(StringComparer.Ordinal), rest: false, raw: c.Raw),
            Scan: EmbeddedScan.ThroughPipe(c.Parser, source.FactPath))).ToList();
        var restScan = _scanners.FirstOrDefault() is { } scanner ? EmbeddedScan.ThroughPipe(scanner, source.FactPath) : null;
        var views = scans.Select(s => (s.Filter, s.Scan.Pipe!)).ToList();
        if (restScan is not null)
            views.Add((new ChannelFilter(claimed, rest: true, raw: false), restScan.Pipe!));
        var all = scans.Select(s => s.Scan).Concat(restScan is null ? [] : [restScan]).ToList();
        foreach (var scan in all)
            scan.Start();
        var problems = new List<string>();
        try
        {
            using var stream = source.Open();
            ChannelPump.Run(stream, stack, views);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            problems.Add($"the entry could not be read to its end for its channels: {e.GetType().Name}: {e.Message}");
        }
        finally
        {
            foreach (var scan in all)
                scan.Pipe!.CompleteWriting();
            foreach (var scan in all)
                scan.Join();
        }
        var notes = new List<string>(source.Notes) { $"transport: {stack.Describe()}" };
        var described = new List<string>();
        foreach (var (channel, (_, scan)) in channels.Zip(scans))
        {
            var (program, parser) = (channel.Name, channel.Parser);
            foreach (var fact in scan.Facts)
                AddFact(fact);
            var path = $"{source.RecordPath}#{program}";
            described.Add($"{program} → {parser.Format} ({path})");
            var channelProblems = scan.Problems.ToList();
            var status = scan.Status;
            if (scan.Failure is { } e)
            {
                channelProblems.Add(ParserFailure.Reason($"the {parser.Format} parser", e));
                status = InputStatus.Failed;
            }
            if (status <= InputStatus.Partial && scan.Facts.Count > 0)
                _sources.Add(parser.Source);
            _inventory.Set(new InputRecord(path, parser.Format, status, scan.Facts.Count, channelProblems)
                { Notes = [$"channel {MarkdownText.Code(program)} of {source.RecordPath} (its lines only; facts cite {source.FactPath})"] });
        }
        notes.Add($"channels: {string.Join(", ", described)}");
        var restFacts = 0;
        if (restScan is not null)
        {
            foreach (var fact in restScan.Facts)
                AddFact(fact);
            restFacts = restScan.Facts.Count;
            if (restFacts > 0)
            {
                _sources.Add(restScan.Scanner.Source);
                notes.Add($"also found in the other programs' lines: {restScan.Scanner.Format} ({restFacts} facts)");
            }
            if (restScan.Failure is { } e)
                problems.Add(ParserFailure.Reason($"the {restScan.Scanner.Format} scan of the other programs' lines", e));
        }
        _inventory.Set(new InputRecord(source.RecordPath, "multi-program log", InputStatus.Parsed, restFacts, problems) { Notes = notes });
    }
}

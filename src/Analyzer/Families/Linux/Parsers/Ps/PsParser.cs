using Analyzer.Reporting;
using Analyzer.Detection;
using Analyzer.Families.Linux.Facts;
using Analyzer.Inventory;
using Analyzer.Parsing;
using Analyzer.Text;

namespace Analyzer.Families.Linux.Parsers.Ps;

/// <summary>
/// `ps` in any column layout (formats.md §5.1), read by its header: aux/auxww, -ef, alx, -elfL, -eo lists with
/// wchan, `m` thread rows, lstart, forest art. Each header line starts a listing (collectors sometimes append
/// several): see <see cref="ProcessTable"/>. A paste without a header (`ps ... | grep D`) is read by the layout its
/// rows fit (<see cref="HeaderlessLayout"/>), and the inventory says so.
/// </summary>
public sealed class PsParser : IFormatParser
{
    public string Format => "ps";
    public string Source => HostSources.Processes;
    public bool ScansUnclaimedText => false;

    public DetectionConfidence Detect(EntryProbe probe)
    {
        if (probe.IsBinary) return DetectionConfidence.None;
        var lines = probe.HeadLines;
        for (var i = 0; i < Math.Min(lines.Count, 5); i++)
        {
            if (lines[i].AsSpan().Trim().IsEmpty) continue;
            if (ProcessTableHeader.TryParse(lines[i]) is not null)
                return i == 0 || lines.Take(i).All(l => l.AsSpan().Trim().IsEmpty) ? DetectionConfidence.ContentAtStart : DetectionConfidence.Content;
        }
        var rows = lines.Where(l => !l.AsSpan().Trim().IsEmpty).Take(HeaderlessLayout.RowsChecked).ToList();
        // The last head line may be cut by the probe's size: judge the complete ones.
        if (!probe.IsComplete && rows.Count > 1) rows.RemoveAt(rows.Count - 1);
        if (HeaderlessLayout.Infer(SkipCommandLine(rows)) is not null) return DetectionConfidence.Content;
        var name = probe.FileName.ToLowerInvariant();
        return name.StartsWith("ps", StringComparison.Ordinal) && (name.Length == 2 || !char.IsAsciiLetter(name[2]))
            ? DetectionConfidence.Name
            : DetectionConfidence.None;
    }

    public void Parse(ParseContext context)
    {
        using var reader = new LineReader(context.Content);
        Span<Range> ranges = stackalloc Range[256];
        ProcessTable? table = null;
        (int Line, string Excerpt) at = (0, "");
        long listings = 0;
        var unreadable = 0;
        // Until a header shows up, the first rows are kept: without one, they choose the layout.
        List<(string Text, int Number)>? head = [];
        while (reader.TryReadLine(out var line))
        {
            if (line.Trim().IsEmpty) continue;
            if (ProcessTableHeader.TryParse(line) is { } header)
            {
                if (head is not null)
                {
                    unreadable += head.Count;
                    head = null;
                }
                if (table is not null) Finish(table);
                table = new ProcessTable(context.Path, Format, ++listings, header);
                at = (reader.LineNumber, Excerpt.Of(line));
                continue;
            }
            if (reader.LineTruncated)
            {
                unreadable++;
                continue;
            }
            if (head is not null)
            {
                head.Add((line.ToString(), reader.LineNumber));
                if (head.Count == HeaderlessLayout.RowsChecked) InferFromHead();
                continue;
            }
            if (table is null)
            {
                unreadable++;
                continue;
            }
            table.Add(line, reader.LineNumber, ranges, KiB);
        }
        if (head is not null) InferFromHead();
        if (table is null)
        {
            context.Problem(InputStatus.Failed, "no ps header line (PID with a state, CPU, wait-channel, memory, parent, thread or terminal column), and the rows fit no known layout");
            return;
        }
        Finish(table);
        if (unreadable > 0)
            context.Problem(InputStatus.Partial, $"{unreadable} line(s) outside a listing or cut for length were skipped");

        void InferFromHead()
        {
            var rows = head!;
            head = null;
            var texts = rows.Select(r => r.Text).ToList();
            var skipped = texts.Count - SkipCommandLine(texts).Count;
            if (HeaderlessLayout.Infer(texts.GetRange(skipped, texts.Count - skipped)) is not { } inferred)
            {
                unreadable += rows.Count;
                return;
            }
            unreadable += skipped;
            table = new ProcessTable(context.Path, Format, ++listings, inferred);
            at = (rows[skipped].Number, Excerpt.Of(rows[skipped].Text));
            context.Problem(InputStatus.Parsed, $"no header line: the columns were inferred from the rows as {MarkdownText.Code(inferred.Layout)}; a filtered listing, so the counts cover the rows shown only");
            Span<Range> rowRanges = stackalloc Range[256];
            for (var i = skipped; i < rows.Count; i++)
                table.Add(rows[i].Text, rows[i].Number, rowRanges, KiB);
        }

        void Finish(ProcessTable t)
        {
            t.Emit(context, at.Line, at.Excerpt);
            if (t.Unreadable > 0)
                context.Problem(InputStatus.Partial, $"{t.Unreadable} row(s) did not fit the header {MarkdownText.Code(t.Header.Layout)}");
        }
    }

    /// <summary>Without the one or two leading lines that show the command pasted with its output (`$ ps aux | grep D`).</summary>
    private static List<string> SkipCommandLine(List<string> rows)
    {
        var skip = 0;
        while (skip < Math.Min(2, rows.Count - 1) && IsCommandLine(rows[skip])) skip++;
        return skip == 0 ? rows : rows.GetRange(skip, rows.Count - skip);
    }

    private static bool IsCommandLine(string line)
    {
        var text = line.AsSpan().Trim();
        var ps = text.IndexOf("ps ", StringComparison.Ordinal);
        return ps >= 0 && (ps == 0 || !char.IsAsciiLetterOrDigit(text[ps - 1])) && HeaderlessLayout.Infer([line]) is null;
    }

    private static long? KiB(ReadOnlySpan<char> value) => HostNumber.Long(value);
}

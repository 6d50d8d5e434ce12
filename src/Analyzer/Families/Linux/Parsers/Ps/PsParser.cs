using Analyzer.Detection;
using Analyzer.Families.Linux.Facts;
using Analyzer.Inventory;
using Analyzer.Parsing;
using Analyzer.Text;

namespace Analyzer.Families.Linux.Parsers.Ps;

/// <summary>
/// `ps` in any column layout (formats.md §5.1), read by its header: aux/auxww, -ef, alx, -elfL, -eo lists with
/// wchan. Each header line starts a listing (collectors sometimes append several): see <see cref="ProcessTable"/>.
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
        while (reader.TryReadLine(out var line))
        {
            if (line.Trim().IsEmpty) continue;
            if (ProcessTableHeader.TryParse(line) is { } header)
            {
                if (table is not null) Finish(table);
                table = new ProcessTable(context.Path, Format, ++listings, header);
                at = (reader.LineNumber, Excerpt.Of(line));
                continue;
            }
            if (table is null || reader.LineTruncated)
            {
                unreadable++;
                continue;
            }
            table.Add(line, reader.LineNumber, ranges, KiB);
        }
        if (table is null)
        {
            context.Problem(InputStatus.Failed, "no ps header line (PID with a state, CPU, wait-channel, memory, parent, thread or terminal column)");
            return;
        }
        Finish(table);
        if (unreadable > 0)
            context.Problem(InputStatus.Partial, $"{unreadable} line(s) outside a listing or cut for length were skipped");

        void Finish(ProcessTable t)
        {
            t.Emit(context, at.Line, at.Excerpt);
            if (t.Unreadable > 0)
                context.Problem(InputStatus.Partial, $"{t.Unreadable} row(s) did not fit the header `{t.Header.Layout}`");
        }
    }

    private static long? KiB(ReadOnlySpan<char> value) => HostNumber.Long(value);
}

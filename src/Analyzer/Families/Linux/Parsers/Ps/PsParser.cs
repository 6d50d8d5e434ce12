using Analyzer.Reporting;
using Analyzer.Detection;
using Analyzer.Families.Linux.Facts;
using Analyzer.Inventory;
using Analyzer.Parsing;
using Analyzer.Text;

namespace Analyzer.Families.Linux.Parsers.Ps;

/// <summary>
/// `ps` in any column layout (formats.md §5.1), read by its header: aux/auxww, -ef, alx, -elfL, -eo lists with
/// wchan, `m` thread rows, lstart, forest art. Each header line starts a listing: several in one file are a
/// collector's appended commands or the samples of a loop with date lines between them (<see cref="PsFileReader"/>).
/// A paste without a header (`ps ... | grep D`) is read by the layout its rows fit (<see cref="HeaderlessLayout"/>),
/// and the inventory says so.
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
        // A filtered loop's date lines (`date; ps ... | awk ...`) are not rows.
        var rows = lines.Where(l => !l.AsSpan().Trim().IsEmpty && CaptureStamp.TryParse(l) is null).Take(HeaderlessLayout.RowsChecked).ToList();
        // The last head line may be cut by the probe's size: judge the complete ones.
        if (!probe.IsComplete && rows.Count > 1) rows.RemoveAt(rows.Count - 1);
        if (HeaderlessLayout.Infer(SkipCommandLine(rows)) is not null) return DetectionConfidence.Content;
        var name = probe.FileName.ToLowerInvariant();
        return name.StartsWith("ps", StringComparison.Ordinal) && (name.Length == 2 || !char.IsAsciiLetter(name[2]))
            ? DetectionConfidence.Name
            : DetectionConfidence.None;
    }

    public void Parse(ParseContext context) => new PsFileReader(context, Format).Read();

    /// <summary>Without the one or two leading lines that show the command pasted with its output (`$ ps aux | grep D`).</summary>
    internal static List<string> SkipCommandLine(List<string> rows)
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
}

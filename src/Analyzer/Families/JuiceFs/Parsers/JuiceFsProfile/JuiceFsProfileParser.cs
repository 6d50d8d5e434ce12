using System.Globalization;
using Analyzer.Detection;
using Analyzer.Families.JuiceFs.Facts;
using Analyzer.Inventory;
using Analyzer.Families.JuiceFs.Parsers.JuiceFsClientLog;
using Analyzer.Parsing;
using Analyzer.Rules.Facts;
using Analyzer.Text;

namespace Analyzer.Families.JuiceFs.Parsers.JuiceFsProfile;

/// <summary>
/// Captured `juicefs profile` output (cmd/profile.go `flush`): a `> JuiceFS Profiling ...` title, the header
/// `Operation Count Average(us) Total(us) Percent(%)` and one row per key, `%-14s %10d %15.0f %18d %14.1f`. The screen
/// is redrawn every interval, so a capture holds many screens (with terminal control codes between them): the last
/// complete screen becomes <see cref="JuiceFsProfileRow"/>s.
/// </summary>
public sealed class JuiceFsProfileParser : IFormatParser
{
    private const int MaxRows = 512;

    public string Format => "juicefs-profile";
    public string Source => JuiceFsSources.JuiceFs;
    public bool ScansUnclaimedText => false;

    // `juicefs profile` output is saved under any name: only its content tells.
    public bool NameSuggests(EntryProbe nameOnly) => false;

    public DetectionConfidence Detect(EntryProbe probe)
    {
        if (probe.IsBinary)
            return DetectionConfidence.None;
        var scratch = new char[4096];
        for (var i = 0; i < probe.HeadLines.Count && i < 50; i++)
        {
            var line = AnsiCodes.Strip(probe.HeadLines[i].AsSpan(0, Math.Min(probe.HeadLines[i].Length, scratch.Length)), scratch);
            if (line.Contains("> JuiceFS Profiling", StringComparison.Ordinal) || IsHeader(line))
                return i == 0 ? DetectionConfidence.ContentAtStart : DetectionConfidence.Content;
        }
        return DetectionConfidence.None;
    }

    public void Parse(ParseContext context)
    {
        using var reader = new LineReader(context.Content);
        var scratch = new char[reader.MaxLineBytes];
        var screen = new List<JuiceFsProfileRow>();
        var last = new List<JuiceFsProfileRow>();
        var screens = 0;
        var inTable = false;
        while (reader.TryReadLine(out var raw))
        {
            var line = AnsiCodes.Strip(raw, scratch).Trim();
            if (IsHeader(line))
            {
                if (screen.Count > 0) (last, screen) = (screen, last);
                screen.Clear();
                screens++;
                inTable = true;
                continue;
            }
            if (!inTable) continue;
            if (screen.Count < MaxRows && TryRow(line, context.Path, reader.LineNumber, out var row))
                screen.Add(row);
            else if (line.IsEmpty || line.StartsWith("> JuiceFS Profiling") || line.StartsWith("[enter]"))
                inTable = line.IsEmpty && screen.Count == 0; // a blank line before the rows is allowed
            else
                inTable = false;
        }
        if (screen.Count > 0) last = screen;
        if (last.Count == 0)
        {
            context.Problem(InputStatus.Failed, screens == 0 ? "no `Operation Count Average(us) Total(us) Percent(%)` header" : "the profile header has no rows");
            return;
        }
        foreach (var row in last)
            context.Emit(row);
    }

    private static bool IsHeader(ReadOnlySpan<char> line) =>
        line.StartsWith("Operation") && line.Contains("Average(us)", StringComparison.Ordinal) && line.Contains("Percent(%)", StringComparison.Ordinal);

    private static bool TryRow(ReadOnlySpan<char> line, string path, int number, out JuiceFsProfileRow row)
    {
        row = null!;
        Span<Range> parts = stackalloc Range[6];
        if (line.Split(parts, ' ', StringSplitOptions.RemoveEmptyEntries) != 5)
            return false;
        var inv = CultureInfo.InvariantCulture;
        if (!long.TryParse(line[parts[1]], NumberStyles.None, inv, out var count)
            || !double.TryParse(line[parts[2]], NumberStyles.Float, inv, out var average)
            || !long.TryParse(line[parts[3]], NumberStyles.None, inv, out var total)
            || !double.TryParse(line[parts[4]], NumberStyles.Float, inv, out var percent))
            return false;
        row = new JuiceFsProfileRow
        {
            Provenance = new Provenance(path, number, number, line.ToString()),
            Path = path,
            Key = line[parts[0]].ToString(),
            Count = count,
            Average = TimeSpan.FromTicks((long)(average * 10)),
            Total = TimeSpan.FromTicks(total * 10),
            Percent = percent,
        };
        return true;
    }
}

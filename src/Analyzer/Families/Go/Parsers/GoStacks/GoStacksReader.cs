using Analyzer.Inventory;
using Analyzer.Parsing;
using Analyzer.Text;

namespace Analyzer.Families.Go.Parsers.GoStacks;

/// <summary>Runs the line reader into the state machine and turns what went wrong into input problems (never throws on content).</summary>
internal static class GoStacksReader
{
    /// <summary>net/http/pprof caps debug=2 output at 64 MB: an entry of exactly that size was most likely cut.</summary>
    private const long PprofCap = 64L * 1024 * 1024;
    private const int MaxLineReports = 3;

    public static void Parse(ParseContext context)
    {
        var machine = new GoStackMachine(context.Path, context.Emit);
        var races = new DataRaceReader(context.Path, context.Emit);
        using var reader = new LineReader(context.Content);
        var invalidReported = false;
        var longLines = 0;
        while (true)
        {
            if (machine.IsScanning && races.IsIdle)
                reader.SkipLinesWithout(GoAnchors.StartCandidates);
            if (!reader.TryReadLine(out var line))
                break;
            if (reader.LineHadInvalidUtf8 && !invalidReported)
            {
                invalidReported = true;
                context.Problem(InputStatus.Partial, $"invalid UTF-8 at line {reader.LineNumber} (replaced)");
            }
            if (reader.LineTruncated && ++longLines <= MaxLineReports)
                context.Problem(InputStatus.Partial, $"line {reader.LineNumber} longer than {reader.MaxLineBytes / 1024} KiB; truncated");
            machine.Feed(line, reader.LineNumber, reader.LineUnterminated);
            races.Feed(line, reader.LineNumber);
        }
        if (races.Finish() is { } cutRace)
            context.Problem(InputStatus.Partial, $"race detector report from line {cutRace} cut off before its closing `==================` line");
        if (longLines > MaxLineReports)
            context.Problem(InputStatus.Partial, $"{longLines} lines longer than {reader.MaxLineBytes / 1024} KiB were truncated");
        var cut = reader.BytesRead == PprofCap;
        machine.Finish(cut, reader.LineUnterminated);
        if (cut)
            context.Problem(InputStatus.Partial, "entry is exactly 64 MiB, the pprof goroutine dump cap: the dump is probably cut");
        if (machine.ShortenedPackagesLine > 0)
            context.Problem(InputStatus.Partial, $"summarised dump (panicparse style) from line {machine.ShortenedPackagesLine}: "
                + "frames name packages by their last path element only, so standard-library and application code may be told apart wrongly");
        foreach (var (line, reason) in machine.TruncatedAt)
            context.Problem(InputStatus.Partial, $"goroutine dump cut off mid-goroutine at line {line}: {reason}");
    }
}

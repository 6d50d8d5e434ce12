using Analyzer.Detection;
using Analyzer.Families.Go.Facts;
using Analyzer.Inventory;
using Analyzer.Parsing;
using Analyzer.Text;

namespace Analyzer.Families.Go.Parsers.GoMemStats;

/// <summary>
/// heap/allocs?debug=1 text profiles: the header totals and the `# runtime.MemStats` trailer become one
/// <see cref="Families.Go.Facts.GoMemStats"/> fact. Allocation-site records are skipped (the binary profile is the better source).
/// </summary>
public sealed class HeapProfileTextParser : IFormatParser
{
    public string Format => "go-pprof-heap-text";
    public string Source => GoSources.Runtime;
    public bool ScansUnclaimedText => false;

    public DetectionConfidence Detect(EntryProbe probe)
    {
        if (probe.IsBinary)
            return DetectionConfidence.None;
        if (probe.HeadLines.Count > 0 && HeapProfileHeader.TryParse(probe.HeadLines[0]) is not null)
            return DetectionConfidence.ContentAtStart;
        var name = probe.FileName.ToLowerInvariant();
        return name.Contains("heap?debug=1", StringComparison.Ordinal) || name.Contains("allocs?debug=1", StringComparison.Ordinal)
            ? DetectionConfidence.Name
            : DetectionConfidence.None;
    }

    public void Parse(ParseContext context)
    {
        using var reader = new LineReader(context.Content);
        var values = new MemStatsValues();
        var trailerLine = 0;
        var cutLines = 0;
        while (reader.TryReadLine(out var line))
        {
            if (reader.LineTruncated)
                cutLines++;
            if (reader.LineNumber == 1)
            {
                values.Header = HeapProfileHeader.TryParse(line);
                if (values.Header is null)
                {
                    context.Problem(InputStatus.Failed, "first line is not a `heap profile: N: N [N: N] @ heap/N` header");
                    return;
                }
                continue;
            }
            if (trailerLine == 0)
            {
                if (line.SequenceEqual(MemStatsTrailer.Start))
                    trailerLine = reader.LineNumber;
                continue; // allocation-site records and their frames
            }
            MemStatsTrailer.Read(line, values);
        }

        if (reader.LineNumber == 0)
        {
            context.Problem(InputStatus.Failed, "empty heap profile");
            return;
        }
        if (cutLines > 0)
            context.Problem(InputStatus.Partial, $"{cutLines} over-long lines were cut");
        if (trailerLine == 0)
        {
            context.Problem(InputStatus.Partial, "no `# runtime.MemStats` trailer (cut off, or a legacy profile): no memory statistics");
            return;
        }
        if (!values.HasHeap || !values.Has("NumGC"))
            context.Problem(InputStatus.Partial, "`# runtime.MemStats` trailer cut off before HeapAlloc/NumGC; missing values read as 0");
        context.Emit(values.ToFact(context.Path, "heap-debug1", trailerLine));
    }
}

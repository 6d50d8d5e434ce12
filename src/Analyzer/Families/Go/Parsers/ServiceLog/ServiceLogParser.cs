using Analyzer.Detection;
using Analyzer.Families.Go.Facts;
using Analyzer.Inventory;
using Analyzer.Parsing;
using Analyzer.Text;

namespace Analyzer.Families.Go.Parsers.ServiceLog;

/// <summary>
/// Leveled service logs (see <see cref="LevelLine"/> for the layouts): `journalctl -u`, `kubectl logs` and `docker
/// logs` of a Go service once transport took their prefixes off, or a log file. Lines are counted by level and the
/// error and fatal messages grouped by pattern (<see cref="ServiceLogTally"/>), so a burst of one error reaches the
/// rules even when no other reader knows the program. A Go panic or dump inside the log is still read by the scanner.
/// </summary>
public sealed class ServiceLogParser : IFormatParser
{
    /// <summary>Leveled lines among the head's non-blank ones needed to claim an entry: at least this many...</summary>
    private const int MinLeveled = 3;

    /// <summary>...and at least this share (stack traces and continuation lines carry no level).</summary>
    private const double MinShare = 0.3;

    private const int HeadLines = 200;

    public string Format => "service-log";
    public string Source => GoSources.ServiceLog;
    public bool ScansUnclaimedText => false;
    public bool CarriesEmbeddedText => true;

    public DetectionConfidence Detect(EntryProbe probe)
    {
        if (probe.IsBinary)
            return DetectionConfidence.None;
        int nonBlank = 0, leveled = 0, first = -1;
        foreach (var line in probe.HeadLines)
        {
            if (nonBlank >= HeadLines) break;
            if (line.AsSpan().IsWhiteSpace()) continue;
            if (LevelLine.TryRead(line, out _, out _, out _))
            {
                leveled++;
                if (first < 0) first = nonBlank;
            }
            nonBlank++;
        }
        if (leveled < Math.Min(MinLeveled, nonBlank) || leveled < MinShare * nonBlank || leveled == 0)
            return DetectionConfidence.None;
        return LeadingAnchor.Confidence(first);
    }

    public void Parse(ParseContext context)
    {
        using var reader = new LineReader(context.Content);
        var tally = new ServiceLogTally(context.Path);
        while (reader.TryReadLine(out var line))
            tally.Add(line, reader.LineNumber);
        if (tally.Leveled == 0)
        {
            context.Problem(InputStatus.Failed, "no line carries a log level (logfmt level=, JSON \"level\", klog, or a level word after the time)");
            return;
        }
        foreach (var fact in tally.Facts())
            context.Emit(fact);
    }
}

using Analyzer.Detection;
using Analyzer.Families.Linux.Facts;
using Analyzer.Inventory;
using Analyzer.Parsing;
using Analyzer.Rules.Facts;
using Analyzer.Text;

namespace Analyzer.Families.Linux.Parsers.Vmstat;

/// <summary>
/// procps `vmstat [-t] [-w] [-a] delay count`: a `procs ---memory--- ...` group line, the column header
/// (`r b swpd free buff cache si so bi bo in cs us sy id wa st [gu]`, `inact active` with -a, a time-zone column with
/// -t), then one line per report; headers repeat every screenful. The first report is since boot. Columns are read by
/// name; a -t timestamp (`2024-01-02 10:11:12`) is two tokens under one header word.
/// </summary>
public sealed class VmstatParser : IFormatParser
{
    /// <summary>Lines kept per capture, the most recent (a `vmstat 1` left running for a day has 86,400).</summary>
    public const int MaxSamples = 5000;

    public string Format => "vmstat";
    public string Source => HostSources.Resources;
    public bool ScansUnclaimedText => false;

    public bool NameSuggests(EntryProbe nameOnly) => NameHints.IsCommandOutput(nameOnly.FileName, "vmstat");

    public DetectionConfidence Detect(EntryProbe probe)
    {
        if (probe.IsBinary) return DetectionConfidence.None;
        var lines = probe.HeadLines.Where(l => l.Trim().Length > 0).Take(3).ToList();
        if (lines.Count >= 2 && IsGroupLine(lines[0]) && VmstatHeader.TryParse(lines[1]) is not null)
            return DetectionConfidence.ContentAtStart;
        return probe.HeadLines.Take(20).Any(l => VmstatHeader.TryParse(l) is not null) ? DetectionConfidence.Content : DetectionConfidence.None;
    }

    /// <summary>`procs -----memory----- ...`, or `--procs-- ---...` with -w.</summary>
    private static bool IsGroupLine(ReadOnlySpan<char> line) => line.Trim().TrimStart('-').StartsWith("procs", StringComparison.Ordinal);

    public void Parse(ParseContext context)
    {
        using var reader = new LineReader(context.Content);
        Span<Range> ranges = stackalloc Range[64];
        VmstatHeader? header = null;
        var samples = new Queue<VmstatSample>();
        long interval = 0, dropped = 0;
        var unreadable = 0;
        while (reader.TryReadLine(out var line))
        {
            var trimmed = line.Trim();
            if (trimmed.IsEmpty || IsGroupLine(trimmed)) continue;
            if (VmstatHeader.TryParse(trimmed) is { } h)
            {
                header = h;
                continue;
            }
            if (header is null || reader.LineTruncated)
            {
                unreadable++;
                continue;
            }
            var sample = header.Read(trimmed, ranges, context.Path, reader.LineNumber, interval + 1);
            if (sample is null)
            {
                unreadable++;
                continue;
            }
            interval++;
            samples.Enqueue(sample);
            if (samples.Count > MaxSamples)
            {
                samples.Dequeue();
                dropped++;
            }
        }
        if (interval == 0)
        {
            context.Problem(InputStatus.Failed, "no vmstat report line under an `r b swpd free ...` header");
            return;
        }
        foreach (var s in samples) context.Emit(s);
        if (interval == 1) context.Problem(InputStatus.Partial, "a single report, which averages since boot: run `vmstat 1 10` for current rates");
        if (unreadable > 0) context.Problem(InputStatus.Partial, $"{unreadable} line(s) did not fit the vmstat header");
        if (dropped > 0) context.Problem(InputStatus.Partial, $"{dropped} older report lines dropped (the last {MaxSamples} are kept)");
    }
}

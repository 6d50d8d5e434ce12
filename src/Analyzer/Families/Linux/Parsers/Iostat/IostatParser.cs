using Analyzer.Detection;
using Analyzer.Families.Linux.Facts;
using Analyzer.Inventory;
using Analyzer.Parsing;
using Analyzer.Rules.Facts;
using Analyzer.Text;

namespace Analyzer.Families.Linux.Parsers.Iostat;

/// <summary>
/// sysstat iostat text output, every header generation (formats.md §6.1): one <see cref="DiskStats"/> per device
/// summarised over the interval reports and one <see cref="DiskSample"/> per device row of an interval report. The
/// first report covers the time since boot (iostat cannot say whether -y dropped it, so it is always set aside).
/// </summary>
public sealed class IostatParser : IFormatParser
{
    /// <summary>Samples kept per capture: the most recent ones (an `iostat -x 1` left running all day has 86,400 reports).</summary>
    public const int MaxSamples = 5000;

    public string Format => "iostat";
    public string Source => HostSources.Resources;
    public bool ScansUnclaimedText => false;

    public bool NameSuggests(EntryProbe nameOnly) => IostatDetection.NameSuggests(nameOnly);

    public DetectionConfidence Detect(EntryProbe probe) => IostatDetection.Detect(probe);

    public void Parse(ParseContext context)
    {
        using var reader = new LineReader(context.Content);
        var state = new IostatReading(context.Path, context.NameHint);
        Span<Range> ranges = stackalloc Range[64];
        while (reader.TryReadLine(out var line))
        {
            if (reader.LineTruncated)
            {
                state.Unreadable++;
                continue;
            }
            state.Read(line, reader.LineNumber, ranges, context);
        }
        state.Finish(context);
    }
}

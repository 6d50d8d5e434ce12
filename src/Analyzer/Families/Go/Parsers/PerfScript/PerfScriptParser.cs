using Analyzer.Detection;
using Analyzer.Families.Go.Facts;
using Analyzer.Inventory;
using Analyzer.Parsing;
using Analyzer.Rules.Facts;
using Analyzer.Families.Go.Stacks;
using Analyzer.Text;

namespace Analyzer.Families.Go.Parsers.PerfScript;

/// <summary>
/// `perf script` output (perf record -g; with or without TID, CPU, period, `perf script --header` comments, symbol
/// offsets, `[unknown]` symbols, kernel frames) becomes the same facts as a Go CPU profile: one
/// <see cref="GoProfile"/> (Format perf-script), flat/cum per function, the flame tree and the heaviest stacks.
/// Samples are streamed and folded as they end; only one event type is used (the one most of the first headers name), as stackcollapse-perf does
/// (mixing cycles and instructions would add unlike things), and the others are counted in the inventory.
/// </summary>
public sealed class PerfScriptParser : IFormatParser
{
    public string Format => "perf-script";
    public string Source => GoSources.Profiles;
    public bool ScansUnclaimedText => false;

    public DetectionConfidence Detect(EntryProbe probe) => PerfScriptDetection.Detect(probe);

    public void Parse(ParseContext context)
    {
        using var reader = new LineReader(context.Content);
        var state = new PerfScriptReader(new StackProfileBuilder());
        while (reader.TryReadLine(out var line))
            state.Read(line, reader.LineNumber, reader.LineTruncated);
        state.Finish();

        if (state.KeptEvent is null)
        {
            context.Problem(InputStatus.Failed, reader.LineNumber == 0 ? "empty perf script output" : "no perf script sample header (COMM PID TIME: EVENT:) found");
            return;
        }
        if (state.UnreadLines > 0)
            context.Problem(InputStatus.Partial, $"{state.UnreadLines} lines were neither sample headers nor frames (first at line {state.FirstUnreadLine}); those samples may lack frames");
        if (state.CutLines > 0)
            context.Problem(InputStatus.Partial, $"{state.CutLines} over-long lines were cut");
        if (state.OtherEventSamples > 0)
            context.Problem(InputStatus.Parsed, $"{state.OtherEventSamples} samples of other events ({string.Join(", ", state.OtherEvents)}) left out: only the main event, {state.KeptEvent}, is profiled");

        var evt = state.KeptEvent;
        var valueType = state.PeriodShown ? PerfEvent.SampleType(evt) : "samples/count";
        var provenance = new Provenance(context.Path, state.FirstHeaderLine, state.FirstHeaderLine, state.FirstHeaderExcerpt);
        state.Builder.Emit(context, new GoProfile
        {
            Provenance = provenance,
            Path = context.Path,
            Format = "perf-script",
            Kind = PerfEvent.Kind(evt),
            SampleTypes = state.PeriodShown ? ["samples/count", valueType] : ["samples/count"],
            DefaultSampleType = valueType,
            PeriodType = state.PeriodShown ? valueType : "",
            Period = state.FirstPeriod,
            Duration = state.Duration,
            Comments = [$"perf event {evt}", $"commands: {string.Join(", ", state.Commands)}"],
        });
    }
}

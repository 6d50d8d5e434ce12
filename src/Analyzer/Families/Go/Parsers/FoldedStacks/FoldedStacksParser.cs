using Analyzer.Detection;
using Analyzer.Families.Go.Facts;
using Analyzer.Inventory;
using Analyzer.Parsing;
using Analyzer.Rules.Facts;
using Analyzer.Families.Go.Stacks;
using Analyzer.Text;

namespace Analyzer.Families.Go.Parsers.FoldedStacks;

/// <summary>
/// FlameGraph folded stacks (stackcollapse-*.pl output and flamegraph.pl input; also what async-profiler, bpftrace
/// and py-spy write): one line per distinct stack, root first, with its sample count. The same facts as a CPU
/// profile, in samples/count; the format carries no time, so the profile has no duration and the CPU rules that
/// need one stay quiet. The first frame is often the process name (`dd`, `dd-1234`, `iperf-27409/28741`), but other
/// producers start at a function, so every frame is kept as a function.
/// </summary>
public sealed class FoldedStacksParser : IFormatParser
{
    private const int MaxFramesPerStack = 4096;

    public string Format => "folded-stacks";
    public string Source => GoSources.Profiles;
    public bool ScansUnclaimedText => false;

    public DetectionConfidence Detect(EntryProbe probe) => FoldedStacksDetection.Detect(probe);

    public void Parse(ParseContext context)
    {
        using var reader = new LineReader(context.Content);
        var builder = new StackProfileBuilder();
        long bad = 0, cut = 0, deep = 0;
        var firstBad = 0;
        var firstLine = 0;
        var firstExcerpt = "";
        while (reader.TryReadLine(out var line))
        {
            if (line.IsWhiteSpace() || line[0] == '#')
                continue;
            if (reader.LineTruncated)
            {
                // A cut line has lost its count: it cannot be read at all.
                cut++;
                continue;
            }
            if (!FoldedLine.TryParse(line, out var folded))
            {
                bad++;
                if (firstBad == 0) firstBad = reader.LineNumber;
                continue;
            }
            if (firstLine == 0)
            {
                firstLine = reader.LineNumber;
                firstExcerpt = line.ToString();
            }
            builder.BeginSample();
            var frames = 0;
            foreach (var range in folded.Stack.Split(';'))
            {
                var part = folded.Stack[range];
                if (part.IsEmpty)
                    continue;
                if (++frames > MaxFramesPerStack)
                {
                    deep++;
                    break;
                }
                var name = FoldedFrame.Read(part, out var kernel);
                builder.Push(builder.Intern(name, kernel));
            }
            var leafStart = folded.Stack.LastIndexOf(';') + 1;
            builder.EndSample(folded.Count, leafFirst: false, reader.LineNumber, folded.Stack[leafStart..]);
        }

        if (firstLine == 0)
        {
            context.Problem(InputStatus.Failed, reader.LineNumber == 0 ? "empty folded stacks" : "no `frame;frame COUNT` line found");
            return;
        }
        if (bad > 0)
            context.Problem(InputStatus.Partial, $"{bad} lines are not `frame;frame COUNT` (first at line {firstBad}) and were skipped");
        if (cut > 0)
            context.Problem(InputStatus.Partial, $"{cut} over-long lines were cut and skipped");
        if (deep > 0)
            context.Problem(InputStatus.Partial, $"{deep} stacks deeper than {MaxFramesPerStack} frames were cut at that depth");

        builder.Emit(context, new GoProfile
        {
            Provenance = new Provenance(context.Path, firstLine, firstLine, firstExcerpt.Length > 200 ? firstExcerpt[..200] : firstExcerpt),
            Path = context.Path,
            Format = "folded",
            Kind = "cpu",
            SampleTypes = ["samples/count"],
            DefaultSampleType = "samples/count",
            PeriodType = "",
            Comments = [],
        });
    }
}

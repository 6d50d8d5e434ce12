using Analyzer.Detection;
using Analyzer.Families.Go.Facts;
using Analyzer.Parsing;

namespace Analyzer.Families.Go.Parsers.GoStacks;

/// <summary>
/// /debug/pprof/goroutine?debug=1: one record per distinct stack with its count, no states or wait times. Shares the
/// state machine with <see cref="GoStacksParser"/>; only detection differs.
/// </summary>
public sealed class GoProfileTextParser : IFormatParser
{
    public string Format => "go-pprof-goroutine-text";
    public string Source => GoSources.Stacks;
    public bool ScansUnclaimedText => false;

    public DetectionConfidence Detect(EntryProbe probe)
    {
        var content = GoStacksDetection.ByContent(probe, GoAnchors.IsProfileHeader);
        if (content != DetectionConfidence.None)
            return content;
        return !probe.IsBinary && probe.FileName.Contains("goroutine?debug=1", StringComparison.OrdinalIgnoreCase)
            ? DetectionConfidence.Name
            : DetectionConfidence.None;
    }

    public void Parse(ParseContext context) => GoStacksReader.Parse(context);
}

using Analyzer.Detection;
using Analyzer.Families.Go.Facts;
using Analyzer.Parsing;

namespace Analyzer.Families.Go.Parsers.GoStacks;

/// <summary>
/// Go goroutine dumps: panics, fatal errors, SIGQUIT dumps, runtime.Stack and /debug/pprof/goroutine?debug=2, bare or
/// inside a service's log. Also reads debug=1 profiles it meets inside such text.
/// </summary>
public sealed class GoStacksParser : IFormatParser
{
    public string Format => "go-goroutine-dump";
    public string Source => GoSources.Stacks;
    public bool ScansUnclaimedText => true;

    public DetectionConfidence Detect(EntryProbe probe)
    {
        // A `-race` binary's stderr may hold race reports and nothing else: they are this reader's too.
        var content = GoStacksDetection.ByContent(probe, line => GoAnchors.IsTracebackStart(line) || DataRaceReader.IsStart(line));
        if (content != DetectionConfidence.None)
            return content;
        return !probe.IsBinary && IsDumpName(probe.FileName) ? DetectionConfidence.Name : DetectionConfidence.None;
    }

    public void Parse(ParseContext context) => GoStacksReader.Parse(context);

    private static readonly string[] RenderedGraph = [".svg", ".png", ".gif", ".pdf", ".dot", ".html"];

    /// <summary>Names collectors give goroutine dumps (ipfs diag, juicefs debug, pprof downloads, k8s support bundles).</summary>
    internal static bool IsDumpName(string fileName)
    {
        var name = fileName.ToLowerInvariant();
        if (name.Contains("debug=1", StringComparison.Ordinal))
            return false;
        // Graphs pprof renders from a profile (collect-profiles saves goroutine.svg beside the dump) are not dumps.
        if (RenderedGraph.Any(ext => name.EndsWith(ext, StringComparison.Ordinal)))
            return false;
        return name is "goroutine" or "ipfs.stacks" or "juicefs.goroutine.stack.txt" or "goroutines.txt"
            || name.EndsWith(".stacks", StringComparison.Ordinal)
            || name.Contains("goroutine", StringComparison.Ordinal);
    }
}

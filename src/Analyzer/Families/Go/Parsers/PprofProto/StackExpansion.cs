namespace Analyzer.Families.Go.Parsers.PprofProto;

/// <summary>
/// Expands a sample's location ids into function nodes (inlined lines innermost first, as pprof does) under two
/// bounds, so the work no longer grows as samples × inlined lines: a 2.5 KB gzipped profile whose 100,000 samples
/// share one location of 50,000 inlined lines asked for 5·10⁹ steps (over 150 s). A stack keeps its innermost
/// <see cref="MaxFramesPerStack"/> frames; once <see cref="MaxFramesTotal"/> frames were expanded, later samples are
/// still counted in the totals but their stacks are not walked. Every pass over the samples uses its own instance
/// over the same bytes, so all passes keep and drop the same samples; the aggregator's pass reports what was cut.
/// </summary>
internal sealed class StackExpansion(FunctionNodes nodes)
{
    /// <summary>Go records at most a few hundred frames; perf-converted profiles rarely reach a thousand.</summary>
    public const int MaxFramesPerStack = 1024;

    /// <summary>A fraction of a second per pass; a real 100,000-sample profile of 64-frame stacks uses 6.4 million.</summary>
    public const long MaxFramesTotal = 8_000_000;

    private long _expanded;

    public int CutStacks { get; private set; }
    public int UnwalkedSamples { get; private set; }
    public int UnknownLocationRefs { get; private set; }

    /// <summary>Fills <paramref name="into"/> with the stack's nodes, leaf first; false when the budget is spent.</summary>
    public bool Expand(List<long> locationIds, List<int> into)
    {
        into.Clear();
        if (_expanded >= MaxFramesTotal)
        {
            UnwalkedSamples++;
            return false;
        }
        foreach (var id in locationIds)
        {
            var location = unchecked((ulong)id);
            if (!nodes.HasLocation(location))
            {
                UnknownLocationRefs++;
                continue;
            }
            var lines = nodes.NodesOf(location);
            var room = MaxFramesPerStack - into.Count;
            if (lines.Length > room)
            {
                foreach (var node in lines[..room])
                    into.Add(node);
                CutStacks++;
                break;
            }
            foreach (var node in lines)
                into.Add(node);
        }
        _expanded += Math.Max(1, into.Count);
        return true;
    }
}

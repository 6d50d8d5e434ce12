using Analyzer.Families.Go.Parsers.GoContention;
using Analyzer.Parsing;
using Analyzer.Rules.Facts;

namespace Analyzer.Families.Go.Parsers.PprofProto;

/// <summary>
/// For mutex and block profiles, a further pass over the samples that folds each stack into its contention site
/// (<see cref="ContentionSites"/>), so the binary and the debug=1 text form give the same GoContentionSite facts.
/// Kept beside <see cref="SampleAggregator"/> rather than in it: only contention profiles pay for it.
/// </summary>
internal static class ContentionProfileSites
{
    public static bool Applies(string kind) => kind is "mutex" or "block" or "contention";

    public static void Emit(ParseContext context, ProfileHeader header, FunctionNodes nodes, string kind, ReadOnlySpan<byte> validPrefix)
    {
        var names = header.SampleTypes.Select(t => header.String(t.Type)).ToList();
        var delayIndex = names.IndexOf("delay");
        var countIndex = names.IndexOf("contentions");
        if (delayIndex < 0)
            return;

        var sites = new ContentionSites(kind, "proto");
        var at = new Provenance(context.Path);
        var locationIds = new List<long>();
        var values = new List<long>();
        var functions = new List<string>();
        var files = new List<string>();
        var expansion = new StackExpansion(nodes);
        var stack = new List<int>();
        var samples = new SampleReader(validPrefix, locationIds, values);
        while (samples.MoveNext(out var damage))
        {
            if (damage is not null)
                continue; // counted and reported by SampleAggregator
            functions.Clear();
            files.Clear();
            if (!expansion.Expand(locationIds, stack))
                continue;
            foreach (var node in stack)
            {
                functions.Add(nodes.Names[node]);
                files.Add(nodes.Files[node]);
            }
            var delay = delayIndex < values.Count ? values[delayIndex] : 0;
            var count = countIndex >= 0 && countIndex < values.Count ? values[countIndex] : 0;
            sites.Add(functions, files, delay, count, at);
        }
        foreach (var fact in sites.Facts(context.Path, header.DurationNanos))
            context.Emit(fact);
    }
}

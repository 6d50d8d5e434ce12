using Analyzer.Families.Go.Facts;
using Analyzer.Parsing;
using Analyzer.Rules.Facts;

namespace Analyzer.Families.Go.Stacks;

/// <summary>
/// Turns a built <see cref="StackTreeBuilder"/> into facts: one <see cref="FlameTree"/> pruned for drawing (frames
/// under <see cref="MinShare"/> of the total dropped, at most <see cref="MaxNodes"/> kept) and the
/// <see cref="HeaviestStacks"/> heaviest root→leaf paths as <see cref="ProfileStack"/>s, chosen on the working tree
/// before that final pruning so light siblings do not merge into their caller first.
/// </summary>
internal static class StackTreeFacts
{
    public const double MinShare = 0.002;
    public const int MaxNodes = 1500;
    public const int HeaviestStacks = 10;

    public static void Emit(ParseContext context, StackTreeBuilder tree, StackFrames frames, string kind, string sampleType)
    {
        var provenance = new Provenance(context.Path);
        EmitHeaviestStacks(context, tree, frames, sampleType, provenance);

        var minValue = MinValue(tree);
        var children = tree.ChildLists(n => tree.ValueOf(n) >= minValue);
        var nodes = new List<FlameNode>();
        var pending = new Stack<(int Node, int Depth)>();
        for (var i = children[0].Count - 1; i >= 0; i--)
            pending.Push((children[0][i], 0));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            var kept = children[node + 1];
            var keptValue = Saturating.Sum(kept, tree.ValueOf);
            var frame = tree.FrameOf(node);
            nodes.Add(new FlameNode
            {
                Function = frames.Name(frame),
                Depth = depth,
                Value = tree.ValueOf(node),
                Self = tree.ValueOf(node) - keptValue,
                Kernel = frames.IsKernel(frame),
            });
            for (var i = kept.Count - 1; i >= 0; i--)
                pending.Push((kept[i], depth + 1));
        }
        context.Emit(new FlameTree
        {
            Provenance = provenance,
            Path = context.Path,
            Kind = kind,
            SampleType = sampleType,
            Total = tree.Total,
            MinValue = minValue,
            NodesBeforePruning = tree.PeakNodes,
            Nodes = nodes,
        });
    }

    /// <summary>The share threshold, raised to the <see cref="MaxNodes"/>-th heaviest node's value when more pass it.</summary>
    private static long MinValue(StackTreeBuilder tree)
    {
        var min = Math.Max(1, (long)Math.Ceiling(tree.Total * MinShare));
        var passing = new List<long>();
        for (var n = 0; n < tree.Count; n++)
            if (tree.ValueOf(n) >= min)
                passing.Add(tree.ValueOf(n));
        if (passing.Count <= MaxNodes)
            return min;
        passing.Sort((a, b) => b.CompareTo(a));
        // Strictly above the cut-off value so ties at the boundary cannot push the count past the cap.
        return passing[MaxNodes - 1] + 1;
    }

    private static void EmitHeaviestStacks(ParseContext context, StackTreeBuilder tree, StackFrames frames, string sampleType, Provenance provenance)
    {
        var self = tree.SelfValues();
        var top = Enumerable.Range(0, tree.Count)
            .Where(n => self[n] > 0)
            .OrderByDescending(n => self[n])
            .ThenBy(n => n)
            .Take(HeaviestStacks)
            .ToList();
        var rank = 0;
        foreach (var node in top)
        {
            var path = new List<string>();
            for (var n = node; n >= 0; n = tree.ParentOf(n))
                path.Add(frames.Name(tree.FrameOf(n)));
            path.Reverse();
            context.Emit(new ProfileStack
            {
                Provenance = provenance,
                Path = context.Path,
                Rank = ++rank,
                Frames = path,
                Leaf = path[^1],
                Value = self[node],
                Percent = tree.Total == 0 ? 0 : 100.0 * self[node] / tree.Total,
                SampleType = sampleType,
            });
        }
    }
}

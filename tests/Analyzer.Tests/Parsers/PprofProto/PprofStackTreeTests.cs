using Analyzer.Families.Go.Facts;

namespace Analyzer.Tests.Parsers.PprofProto;

/// <summary>The flame tree and heaviest stacks of real profiles agree with the -top flat/cum of the same parse.</summary>
public sealed class PprofStackTreeTests
{
    [Theory]
    [InlineData(PprofHarness.CpuSample, "cpu", "cpu/nanoseconds")]
    [InlineData("go119_heap.pb.gz", "heap", "inuse_space/bytes")]
    [InlineData("go119_goroutine.pb.gz", "goroutine", "goroutine/count")]
    public void Tree_cum_per_function_matches_pprof_cum(string sample, string kind, string sampleType)
    {
        var run = PprofHarness.Run(PprofHarness.SampleBytes(sample), "p/" + sample);
        var tree = Assert.Single(run.Facts.OfType<FlameTree>());
        Assert.Equal(kind, tree.Kind);
        Assert.Equal(sampleType, tree.SampleType);
        Assert.Equal(run.Profile.Total, tree.Total);
        // Roots lighter than the pruning threshold are dropped with their subtrees.
        var tolerance = tree.MinValue * tree.Nodes.Count;
        Assert.InRange(tree.Nodes.Where(n => n.Depth == 0).Sum(n => n.Value), tree.Total - tolerance, tree.Total);
        foreach (var function in run.Functions.Where(f => f.Cum * 20 >= run.Profile.Total))
            Assert.InRange(TreeCum(tree, function.Function), function.Cum - tolerance, function.Cum);
    }

    [Fact]
    public void Children_never_outweigh_their_parent_and_self_is_the_gap()
    {
        var tree = Assert.Single(PprofHarness.Run(PprofHarness.SampleBytes(PprofHarness.CpuSample)).Facts.OfType<FlameTree>());
        for (var i = 0; i < tree.Nodes.Count; i++)
        {
            var node = tree.Nodes[i];
            var children = Children(tree, i).ToList();
            Assert.Equal(node.Value - children.Sum(c => c.Value), node.Self);
            Assert.True(node.Self >= 0);
            Assert.True(children.SequenceEqual(children.OrderByDescending(c => c.Value)), "heaviest child first");
        }
    }

    [Fact]
    public void Heaviest_stacks_are_root_to_leaf_and_ranked()
    {
        var run = PprofHarness.Run(PprofHarness.SampleBytes(PprofHarness.CpuSample));
        var stacks = run.Facts.OfType<ProfileStack>().ToList();
        Assert.InRange(stacks.Count, 1, 10);
        Assert.Equal(Enumerable.Range(1, stacks.Count), stacks.Select(s => s.Rank));
        Assert.True(stacks.Select(s => s.Value).SequenceEqual(stacks.Select(s => s.Value).OrderByDescending(v => v)));
        var top = stacks[0];
        Assert.Equal(top.Frames[^1], top.Leaf);
        // Samples ending in the leaf on this path are part of the leaf's flat time.
        Assert.True(top.Value <= run.Function(top.Leaf).Flat);
        var tree = Assert.Single(run.Facts.OfType<FlameTree>());
        Assert.Contains(tree.Nodes, n => n.Depth == 0 && n.Function == top.Frames[0]);
        Assert.Contains(tree.Nodes, n => n.Depth == top.Frames.Count - 1 && n.Function == top.Leaf);
    }

    private static IEnumerable<FlameNode> Children(FlameTree tree, int index)
    {
        var depth = tree.Nodes[index].Depth;
        for (var i = index + 1; i < tree.Nodes.Count && tree.Nodes[i].Depth > depth; i++)
            if (tree.Nodes[i].Depth == depth + 1)
                yield return tree.Nodes[i];
    }

    /// <summary>Sum over the topmost occurrences of a function (recursion counted once), as pprof's cum.</summary>
    private static long TreeCum(FlameTree tree, string function)
    {
        long sum = 0;
        var insideDepth = int.MaxValue;
        foreach (var node in tree.Nodes)
        {
            if (node.Depth <= insideDepth)
                insideDepth = int.MaxValue;
            if (node.Function == function && insideDepth == int.MaxValue)
            {
                sum += node.Value;
                insideDepth = node.Depth;
            }
        }
        return sum;
    }
}

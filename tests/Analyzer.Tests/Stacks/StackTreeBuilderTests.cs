using Analyzer.Families.Go.Stacks;

namespace Analyzer.Tests.Stacks;

public sealed class StackTreeBuilderTests
{
    [Fact]
    public void Stacks_merge_by_path_from_the_root()
    {
        var tree = new StackTreeBuilder();
        tree.Add([1, 2, 3], 5);
        tree.Add([1, 2, 4], 2);
        tree.Add([1, 3], 1);
        tree.Add([], 4); // counted in the total, draws nothing
        Assert.Equal(12, tree.Total);
        Assert.Equal(5, tree.Count); // 1, 1>2, 1>2>3, 1>2>4, 1>3
        var self = tree.SelfValues();
        Assert.Equal(8, tree.ValueOf(0));
        Assert.Equal(0, self[0]);
        Assert.Equal([5L, 2L, 1L], Enumerable.Range(0, tree.Count).Where(n => self[n] > 0).Select(n => self[n]).OrderDescending());
    }

    [Fact]
    public void Negative_values_count_by_magnitude_and_zero_values_add_no_nodes()
    {
        var tree = new StackTreeBuilder();
        tree.Add([1, 2], -3);
        tree.Add([7, 8], 0);
        Assert.Equal(3, tree.Total);
        Assert.Equal(2, tree.Count);
    }

    [Fact]
    public void Working_tree_stays_under_its_cap_and_keeps_the_heavy_path()
    {
        var tree = new StackTreeBuilder(workingCap: 1000);
        var random = new Random(7);
        for (var i = 0; i < 200_000; i++)
        {
            if (i % 2 == 0)
                tree.Add([1, 2, 3], 10); // half the samples (more than that of the value) on one path
            else
                tree.Add([1, 100 + random.Next(100_000), 200 + random.Next(100_000)], 1);
        }
        Assert.True(tree.Prunings > 0);
        Assert.InRange(tree.PeakNodes, 1, 1002); // one sample may add its new frames past the cap before the prune
        Assert.InRange(tree.Count, 1, 1000);
        var hot = Enumerable.Range(0, tree.Count).Single(n => tree.FrameOf(n) == 3);
        Assert.Equal(1_000_000, tree.ValueOf(hot)); // a heavy path is never cut
        Assert.Equal(tree.Total, tree.ValueOf(0)); // the root keeps what was pruned below it
    }
}

using Analyzer.Families.Go.Stacks;

namespace Analyzer.Families.Go.Parsers.PprofProto;

/// <summary>
/// A pass over the samples beside <see cref="SampleAggregator"/>: each sample's stack, inlined frames expanded like
/// pprof does (a location's lines innermost first), reversed to root→leaf and merged into a bounded
/// <see cref="StackTreeBuilder"/> with the value of one sample type. Damaged samples were already counted by the
/// aggregator's pass; here they are skipped.
/// </summary>
internal sealed class StackTreePass(FunctionNodes nodes, int valueIndex)
{
    private readonly List<long> _locationIds = [];
    private readonly List<long> _values = [];
    private readonly List<int> _path = [];
    private readonly StackExpansion _expansion = new(nodes);

    public StackTreeBuilder Tree { get; } = new();

    public StackFrames Frames => new(node => nodes.Names[node], _ => false);

    public void AddAll(ReadOnlySpan<byte> validPrefix)
    {
        var samples = new SampleReader(validPrefix, _locationIds, _values);
        while (samples.MoveNext(out var damage))
        {
            // Damaged samples are counted and reported by SampleAggregator's pass over the same bytes.
            if (damage is null)
                Add();
        }
    }

    private void Add()
    {
        if (valueIndex >= _values.Count)
            return;
        if (!_expansion.Expand(_locationIds, _path))
            return;
        _path.Reverse();
        Tree.Add(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_path), _values[valueIndex]);
    }
}

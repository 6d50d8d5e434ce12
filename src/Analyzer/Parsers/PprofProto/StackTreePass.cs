using Analyzer.Stacks;

namespace Analyzer.Parsers.PprofProto;

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

    public StackTreeBuilder Tree { get; } = new();

    public StackFrames Frames => new(node => nodes.Names[node], _ => false);

    public void AddAll(ReadOnlySpan<byte> validPrefix)
    {
        var reader = new ProtoReader(validPrefix);
        while (reader.TryReadTag(out var field, out var wire))
        {
            if (field != 2 || wire != WireType.Len)
            {
                reader.Skip(wire);
                continue;
            }
            var bytes = reader.ReadBytes();
            try
            {
                Add(bytes);
            }
            catch (ProtoFormatException)
            {
                // Counted and reported by SampleAggregator's pass over the same bytes.
            }
        }
    }

    private void Add(ReadOnlySpan<byte> sample)
    {
        _locationIds.Clear();
        _values.Clear();
        var reader = new ProtoReader(sample);
        while (reader.TryReadTag(out var field, out var wire))
        {
            switch (field)
            {
                case 1: reader.ReadRepeatedInt64(wire, _locationIds); break;
                case 2: reader.ReadRepeatedInt64(wire, _values); break;
                default: reader.Skip(wire); break;
            }
        }
        if (valueIndex >= _values.Count)
            return;
        _path.Clear();
        foreach (var id in _locationIds)
            foreach (var node in nodes.NodesOf(unchecked((ulong)id)))
                _path.Add(node);
        _path.Reverse();
        Tree.Add(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_path), _values[valueIndex]);
    }
}

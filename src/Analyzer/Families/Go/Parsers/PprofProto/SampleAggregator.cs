using Analyzer.Parsing;
namespace Analyzer.Families.Go.Parsers.PprofProto;

/// <summary>
/// Second pass: reads each sample once and folds it into per-node flat/cum per sample type, the way
/// google/pprof's graph builder does — flat to the leaf frame only, cum once per distinct node on the stack (a
/// recursive function is not counted twice). Memory is O(nodes × sample types), whatever the sample count.
/// </summary>
internal sealed class SampleAggregator
{
    private readonly FunctionNodes _nodes;
    private readonly int _types;
    private readonly int[] _seenInSample;
    private readonly List<long> _locationIds = [];
    private readonly List<long> _values = [];
    private readonly List<int> _stack = [];
    private readonly StackExpansion _expansion;
    private int _stamp;

    public long[] Flat { get; }
    public long[] Cum { get; }
    public long[] Totals { get; }
    public int Samples { get; private set; }
    public int CorruptSamples { get; private set; }
    public int UnknownLocationRefs => _expansion.UnknownLocationRefs;

    /// <summary>Stacks cut to their innermost frames, and samples counted but not walked (see <see cref="StackExpansion"/>).</summary>
    public int CutStacks => _expansion.CutStacks;
    public int UnwalkedSamples => _expansion.UnwalkedSamples;
    public string? FirstCorruption { get; private set; }

    /// <summary>Nodes that occur on at least one sampled stack.</summary>
    public int NodesSeen => _seenInSample.Count(s => s != 0);

    public SampleAggregator(FunctionNodes nodes, int sampleTypes)
    {
        _nodes = nodes;
        _expansion = new StackExpansion(nodes);
        _types = sampleTypes;
        _seenInSample = new int[nodes.Count];
        Flat = new long[nodes.Count * sampleTypes];
        Cum = new long[nodes.Count * sampleTypes];
        Totals = new long[sampleTypes];
    }

    public long FlatOf(int node, int type) => Flat[node * _types + type];
    public long CumOf(int node, int type) => Cum[node * _types + type];

    /// <summary>Walks the top level of the already validated prefix and aggregates every sample message.</summary>
    public void AddAll(ReadOnlySpan<byte> validPrefix)
    {
        var samples = new SampleReader(validPrefix, _locationIds, _values);
        while (samples.MoveNext(out var damage))
        {
            if (damage is not null)
            {
                // The sample's length was sound, so the next one can still be read.
                CorruptSamples++;
                FirstCorruption ??= damage.Message;
                continue;
            }
            Add();
        }
    }

    private void Add()
    {
        Samples++;
        var count = Math.Min(_values.Count, _types);
        for (var t = 0; t < count; t++)
            Totals[t] = Saturating.Add(Totals[t], Saturating.Abs(_values[t]));

        if (!_expansion.Expand(_locationIds, _stack))
            return;
        _stamp++;
        var leaf = true;
        foreach (var node in _stack)
        {
            if (leaf)
            {
                AddTo(Flat, node, count);
                leaf = false;
            }
            if (_seenInSample[node] == _stamp)
                continue;
            _seenInSample[node] = _stamp;
            AddTo(Cum, node, count);
        }
    }

    private void AddTo(long[] table, int node, int count)
    {
        var row = node * _types;
        for (var t = 0; t < count; t++)
            table[row + t] = Saturating.Add(table[row + t], _values[t]);
    }
}

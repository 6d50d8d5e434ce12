using Analyzer.Parsing;
namespace Analyzer.Families.Go.Stacks;

/// <summary>
/// Merges sampled stacks into a call tree (a trie keyed by frame path root→leaf) with memory bounded by
/// <see cref="WorkingCap"/> nodes, whatever the number of samples. Frames are small integers the caller interns
/// (pprof function nodes, perf symbols); names are resolved only when the tree is turned into facts.
/// <para>
/// When the trie outgrows the cap, nodes lighter than a small share of the total so far are dropped (the share
/// doubles until half the cap is free). A node's value is never less than a child's, so a dropped node's whole
/// subtree goes with it. The value of a dropped subtree stays in its caller's value, so the caller's width stays
/// right and its self value grows by what was cut; a path that comes back later starts from zero. The error on any
/// node is therefore at most the prune share times the number of prunes, and heavy paths are never affected.
/// </para>
/// </summary>
internal sealed class StackTreeBuilder(int workingCap = StackTreeBuilder.DefaultWorkingCap)
{
    public const int DefaultWorkingCap = 200_000;
    private const double FirstPruneShare = 0.0005;

    private readonly Dictionary<long, int> _children = [];
    private List<int> _frame = [];
    private List<int> _parent = [];
    private List<long> _value = [];
    private double _pruneShare = FirstPruneShare;

    public int WorkingCap { get; } = workingCap;

    /// <summary>Sum of |value| over every sample added, including those with empty stacks.</summary>
    public long Total { get; private set; }

    public long Samples { get; private set; }

    /// <summary>The most nodes the trie held at once.</summary>
    public int PeakNodes { get; private set; }

    public int Prunings { get; private set; }

    public int Count => _frame.Count;

    public int FrameOf(int node) => _frame[node];
    public int ParentOf(int node) => _parent[node];
    public long ValueOf(int node) => _value[node];

    /// <summary>Adds one sample; <paramref name="rootToLeaf"/> is outermost caller first.</summary>
    public void Add(ReadOnlySpan<int> rootToLeaf, long value)
    {
        value = Saturating.Abs(value);
        Samples++;
        Total = Saturating.Add(Total, value);
        if (value == 0)
            return;
        var parent = -1;
        foreach (var frame in rootToLeaf)
        {
            var key = Key(parent, frame);
            if (!_children.TryGetValue(key, out var node))
            {
                node = _frame.Count;
                _children[key] = node;
                _frame.Add(frame);
                _parent.Add(parent);
                _value.Add(0);
            }
            _value[node] = Saturating.Add(_value[node], value);
            parent = node;
        }
        if (_frame.Count > PeakNodes)
            PeakNodes = _frame.Count;
        if (_frame.Count > WorkingCap)
            Prune();
    }

    /// <summary>Per node, its value minus its children's: what samples ending exactly there (or pruned below) weigh.</summary>
    public long[] SelfValues()
    {
        var self = _value.ToArray();
        for (var n = 0; n < _frame.Count; n++)
            if (_parent[n] >= 0)
                self[_parent[n]] -= _value[n];
        return self;
    }

    /// <summary>Children of every node (roots under index -1 → slot 0), heaviest first; ties by frame id for stability.</summary>
    public List<int>[] ChildLists(Func<int, bool> keep)
    {
        var lists = new List<int>[_frame.Count + 1];
        for (var i = 0; i < lists.Length; i++)
            lists[i] = [];
        for (var n = 0; n < _frame.Count; n++)
            if (keep(n) && (_parent[n] < 0 || keep(_parent[n])))
                lists[_parent[n] + 1].Add(n);
        foreach (var list in lists)
            list.Sort((a, b) => _value[b] != _value[a] ? _value[b].CompareTo(_value[a]) : _frame[a].CompareTo(_frame[b]));
        return lists;
    }

    private static long Key(int parent, int frame) => ((long)(parent + 1) << 32) | (uint)frame;

    private void Prune()
    {
        Prunings++;
        while (_frame.Count > WorkingCap / 2)
        {
            var threshold = (long)Math.Ceiling(Total * _pruneShare);
            Compact(Math.Max(threshold, 1));
            if (_frame.Count > WorkingCap / 2)
                _pruneShare *= 2;
        }
    }

    private void Compact(long threshold)
    {
        // Parents are always created before their children, so one forward pass sees a parent's fate first.
        var map = new int[_frame.Count];
        var frames = new List<int>(_frame.Count / 2);
        var parents = new List<int>(_frame.Count / 2);
        var values = new List<long>(_frame.Count / 2);
        _children.Clear();
        for (var n = 0; n < _frame.Count; n++)
        {
            var parent = _parent[n] < 0 ? -1 : map[_parent[n]];
            if (_value[n] < threshold || (_parent[n] >= 0 && parent < 0))
            {
                map[n] = -1;
                continue;
            }
            map[n] = frames.Count;
            _children[Key(parent, _frame[n])] = frames.Count;
            frames.Add(_frame[n]);
            parents.Add(parent);
            values.Add(_value[n]);
        }
        _frame = frames;
        _parent = parents;
        _value = values;
    }
}

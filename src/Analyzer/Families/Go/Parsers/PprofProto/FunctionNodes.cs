namespace Analyzer.Families.Go.Parsers.PprofProto;

/// <summary>
/// The nodes `pprof -top` reports at its default granularity: one per function name (so two Function messages with
/// one name are one node), plus one per address for locations without symbols. Each location maps to its nodes,
/// innermost inlined frame first, as a slice of one shared int array.
/// </summary>
internal sealed class FunctionNodes
{
    private readonly Dictionary<string, int> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<ulong, (int Start, int Count)> _locationNodes = [];
    private readonly int[] _nodeRefs;

    public List<string> Names { get; } = [];
    public List<string> Files { get; } = [];

    /// <summary>Per node: seen as a location's caller-most line (a real call frame), and seen inlined into a caller.</summary>
    private readonly List<(bool Called, bool Inlined)> _frameKinds = [];

    /// <summary>Lines whose function id names no Function message.</summary>
    public int UnknownFunctionRefs { get; }

    public int Count => Names.Count;

    public FunctionNodes(ProfileHeader header)
    {
        var refs = new List<int>(header.LineFunctionIds.Count);
        foreach (var (id, location) in header.Locations)
        {
            var start = refs.Count;
            for (var i = 0; i < location.LineCount; i++)
            {
                if (header.Functions.TryGetValue(header.LineFunctionIds[location.FirstLine + i], out var function))
                {
                    var node = NodeFor(Name(header, function), header.String(function.FileName));
                    refs.Add(node);
                    // Every line but the last of a location is inlined into the line after it.
                    var kinds = _frameKinds[node];
                    _frameKinds[node] = i < location.LineCount - 1 ? kinds with { Inlined = true } : kinds with { Called = true };
                }
                else
                    UnknownFunctionRefs++;
            }
            // An unsymbolized location still costs time; pprof shows it by address.
            if (refs.Count == start)
                refs.Add(NodeFor($"0x{location.Address:x}", ""));
            _locationNodes[id] = (start, refs.Count - start);
        }
        _nodeRefs = [.. refs];
        _dense = DenseIndex(_locationNodes);
    }

    /// <summary>
    /// Location ids indexed directly when they are small and dense (the Go runtime numbers them 1..N): every sampled
    /// frame looks its location up, and an array index is several times cheaper than a hash lookup on big profiles.
    /// Count -1 marks an id with no location. Null when the ids are sparse; the dictionary answers then.
    /// </summary>
    private readonly (int Start, int Count)[]? _dense;

    private static (int Start, int Count)[]? DenseIndex(Dictionary<ulong, (int Start, int Count)> locations)
    {
        if (locations.Count == 0)
            return null;
        var max = locations.Keys.Max();
        if (max > (ulong)locations.Count * 2 + 1024)
            return null;
        var dense = new (int Start, int Count)[max + 1];
        dense.AsSpan().Fill((0, -1));
        foreach (var (id, slice) in locations)
            dense[id] = slice;
        return dense;
    }

    /// <summary>The location's nodes, innermost first; empty for an unknown location id.</summary>
    public ReadOnlySpan<int> NodesOf(ulong locationId)
    {
        if (_dense is not null)
        {
            if (locationId >= (ulong)_dense.Length || _dense[locationId].Count < 0)
                return [];
            var (start, count) = _dense[locationId];
            return _nodeRefs.AsSpan(start, count);
        }
        return _locationNodes.TryGetValue(locationId, out var slice) ? _nodeRefs.AsSpan(slice.Start, slice.Count) : [];
    }

    public bool HasLocation(ulong locationId) =>
        _dense is not null
            ? locationId < (ulong)_dense.Length && _dense[locationId].Count >= 0
            : _locationNodes.ContainsKey(locationId);

    /// <summary>
    /// True when the function only ever appears inlined into a caller — what `pprof -top` marks "(inline)". pprof
    /// decides from the sampled call edges; locations no sample uses rarely exist, so the location table suffices.
    /// </summary>
    public bool IsInlined(int node) => _frameKinds[node] is { Inlined: true, Called: false };

    /// <summary>Seen both inlined and as a real call frame: `pprof -top` prints "(partial-inline)".</summary>
    public bool IsPartlyInlined(int node) => _frameKinds[node] is { Inlined: true, Called: true };

    private static string Name(ProfileHeader header, DecodedFunction function)
    {
        var name = header.String(function.Name);
        if (name.Length == 0)
            name = header.String(function.SystemName);
        return name.Length == 0 ? "?" : name;
    }

    private int NodeFor(string name, string file)
    {
        if (_byName.TryGetValue(name, out var node))
            return node;
        node = Names.Count;
        _byName[name] = node;
        Names.Add(name);
        Files.Add(file);
        _frameKinds.Add((false, false));
        return node;
    }
}

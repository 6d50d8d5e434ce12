using Analyzer.Inventory;
using System.Runtime.InteropServices;
using Analyzer.Families.Go.Facts;
using Analyzer.Parsing;
using Analyzer.Rules.Facts;

namespace Analyzer.Families.Go.Stacks;

/// <summary>
/// Profile facts for text stack formats (perf script, folded stacks): interns frame names, folds each sample into
/// per-function flat/cum the way `pprof -top` counts them (flat to the leaf, cum once per distinct function on the
/// stack) and into a bounded <see cref="StackTreeBuilder"/>, then emits the same <see cref="GoProfile"/>,
/// <see cref="GoProfileFunction"/>, FlameTree and ProfileStack facts a pprof profile gives. Memory is
/// O(distinct functions + tree cap), whatever the number of samples.
/// </summary>
internal sealed class StackProfileBuilder
{
    private const int TopPerOrder = 50;
    private const int MaxExcerpt = 200;

    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _processIds = new(StringComparer.Ordinal);
    private readonly List<string> _names = [];
    private readonly List<bool> _kernel = [];
    private readonly List<bool> _process = [];
    private readonly List<long> _flat = [];
    private readonly List<long> _cum = [];
    private readonly List<int> _stamp = [];
    private readonly List<(int Line, string Excerpt)> _firstSeen = [];
    private readonly List<int> _path = [];
    private int _sample;

    public StackTreeBuilder Tree { get; } = new();
    public long Total => Tree.Total;
    public long Samples => Tree.Samples;

    /// <summary>
    /// The id of a frame name. Process frames (a perf sample's command name, drawn as the root of its stacks like
    /// stackcollapse-perf does) go into the tree but not into the function table.
    /// </summary>
    public int Intern(ReadOnlySpan<char> name, bool kernel, bool process = false)
    {
        // Looked up by span, so a frame seen before costs no string.
        var ids = process ? _processIds : _ids;
        if (ids.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var id))
        {
            if (kernel && !_kernel[id])
                _kernel[id] = true;
            return id;
        }
        id = _names.Count;
        var text = name.ToString();
        ids[text] = id;
        _names.Add(text);
        _kernel.Add(kernel);
        _process.Add(process);
        _flat.Add(0);
        _cum.Add(0);
        _stamp.Add(0);
        _firstSeen.Add((0, ""));
        return id;
    }

    /// <summary>Starts a sample; frames are then pushed root first.</summary>
    public void BeginSample() => _path.Clear();

    public void Push(int frame) => _path.Add(frame);

    /// <summary>
    /// Ends the sample begun with <see cref="BeginSample"/>: <paramref name="leafFirst"/> when frames were pushed
    /// innermost first (perf script's order). <paramref name="line"/> and <paramref name="leafExcerpt"/> cite where the
    /// leaf function was first seen, for the evidence of findings about it.
    /// </summary>
    public void EndSample(long value, bool leafFirst, int line, ReadOnlySpan<char> leafExcerpt)
    {
        if (leafFirst)
            _path.Reverse();
        _sample++;
        var span = CollectionsMarshal.AsSpan(_path);
        Tree.Add(span, value);
        value = Saturating.Abs(value);
        var leaf = true;
        for (var i = span.Length - 1; i >= 0; i--)
        {
            var f = span[i];
            if (_process[f])
                continue;
            if (leaf)
            {
                _flat[f] = Saturating.Add(_flat[f], value);
                if (_firstSeen[f].Line == 0 && line > 0)
                    _firstSeen[f] = (line, (leafExcerpt.Length > MaxExcerpt ? leafExcerpt[..MaxExcerpt] : leafExcerpt).ToString());
                leaf = false;
            }
            if (_stamp[f] == _sample)
                continue;
            _stamp[f] = _sample;
            _cum[f] = Saturating.Add(_cum[f], value);
        }
    }

    /// <summary>True once a function has the line that first showed it as a leaf (so callers can skip the excerpt).</summary>
    public bool IsCited(int frame) => _firstSeen[frame].Line != 0;

    /// <summary>Distinct functions seen on stacks (process frames excluded).</summary>
    public int Functions => Enumerable.Range(0, _names.Count).Count(f => !_process[f] && _cum[f] != 0);

    public void Emit(ParseContext context, GoProfile profile)
    {
        if (Saturating.AtLimit(Total))
            context.Problem(InputStatus.Partial, OverflowReason);
        context.Emit(profile with { Total = Total, Samples = Samples, Functions = Functions });
        var present = Enumerable.Range(0, _names.Count).Where(f => !_process[f] && (_flat[f] != 0 || _cum[f] != 0)).ToList();
        var byFlat = present.OrderByDescending(f => _flat[f]).ThenBy(f => _names[f], StringComparer.Ordinal).ThenByDescending(f => _cum[f]).Take(TopPerOrder);
        var byCum = present.OrderByDescending(f => _cum[f]).ThenBy(f => _names[f], StringComparer.Ordinal).ThenByDescending(f => _flat[f]).Take(TopPerOrder);
        foreach (var f in byFlat.Concat(byCum).Distinct())
        {
            var (line, excerpt) = _firstSeen[f];
            context.Emit(new GoProfileFunction
            {
                Provenance = line > 0 ? new Provenance(context.Path, line, line, excerpt) : new Provenance(context.Path),
                Path = context.Path,
                Function = _names[f],
                File = "",
                Flat = _flat[f],
                FlatPercent = Percent(_flat[f]),
                Cum = _cum[f],
                CumPercent = Percent(_cum[f]),
                Inlined = false,
                SampleType = profile.DefaultSampleType,
            });
        }
        StackTreeFacts.Emit(context, Tree, new StackFrames(id => _names[id], id => _kernel[id]), profile.Kind, profile.DefaultSampleType);
    }

    /// <summary>Said when sample values sum past what 64 bits hold: totals stop there, so shares are approximate.</summary>
    public const string OverflowReason = "sample values sum past 9223372036854775807 (2^63-1): totals are capped there, so values and shares are approximate";

    private double Percent(long value) => Total == 0 ? 0 : 100.0 * value / Total;
}

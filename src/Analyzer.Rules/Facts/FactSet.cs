namespace Analyzer.Rules.Facts;

/// <summary>
/// The frozen facts of one bundle, by fact type name, plus the evidence sources that some input provided.
/// The engine adds derived facts stratum by stratum through <see cref="WithDerived"/>; nothing is ever removed.
/// </summary>
public sealed class FactSet
{
    private static readonly IReadOnlyList<IFact> None = [];
    private readonly Dictionary<string, List<IFact>> _byType;
    private readonly HashSet<string> _sources;
    private readonly List<IFact> _original;

    public FactSet(FactCatalog catalog, IEnumerable<IFact> facts, IEnumerable<string> observedSources)
    {
        Catalog = catalog;
        _byType = new(StringComparer.Ordinal);
        _sources = new(observedSources, StringComparer.Ordinal) { FactSources.Bundle, FactSources.Derived };
        _original = facts.ToList();
        foreach (var fact in _original)
            Add(fact);
    }

    public FactCatalog Catalog { get; }
    public IReadOnlyCollection<string> ObservedSources => _sources;
    public int Count => _byType.Values.Sum(l => l.Count);

    public IReadOnlyList<IFact> Of(string typeName) => _byType.TryGetValue(typeName, out var list) ? list : None;

    public IEnumerable<T> Of<T>() where T : IFact => Of(Catalog.Get(typeof(T)).Name).Cast<T>();

    public bool HasSource(string source) => _sources.Contains(source);

    internal void Add(IFact fact)
    {
        var type = Catalog.Get(fact.GetType());
        if (!_byType.TryGetValue(type.Name, out var list))
            _byType[type.Name] = list = [];
        list.Add(fact);
    }

    /// <summary>A fresh copy holding only the facts taken from the bundle (no derived facts), to evaluate again.</summary>
    public FactSet Fresh() => new(Catalog, _original, _sources);

    /// <summary>Adds facts produced by a derive rule (called by the engine between strata).</summary>
    internal void WithDerived(IEnumerable<IFact> facts)
    {
        foreach (var fact in facts)
            Add(fact);
    }
}

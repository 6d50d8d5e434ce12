using Analyzer.Rules.Facts;
using Analyzer.Rules.Model;

namespace Analyzer.Rules.Engine;

/// <summary>
/// One finding per problem across rules: a finding of a rule that declares 'absorbs' takes in the findings of the
/// absorbed rules whose subjects are all among its own (a hung txg_sync thread is also a hung task and a task in D
/// state: one problem, told by the most specific rule). The absorbed findings' evidence is cited by the one that
/// stays, its severity is the highest of them, and they remain reachable through <see cref="Finding.Absorbed"/>.
/// Runs before any rule reads findings, so verdicts count problems, not reports of them.
/// </summary>
internal static class FindingAbsorption
{
    public static List<Finding> Apply(IReadOnlyList<Finding> findings, IReadOnlyDictionary<string, IReadOnlySet<string>> absorbs)
    {
        var list = findings.ToList();
        if (absorbs.Count == 0)
            return list;
        // Repeat until nothing changes: an absorber taken in by another carries what it absorbed along.
        for (var changed = true; changed;)
        {
            changed = false;
            for (var i = 0; i < list.Count; i++)
            {
                var keeper = list[i];
                if (keeper.Subjects.Count == 0 || !absorbs.TryGetValue(keeper.RuleId, out var rules))
                    continue;
                var subjects = keeper.Subjects.ToHashSet(StringComparer.Ordinal);
                for (var j = 0; j < list.Count; j++)
                {
                    var other = list[j];
                    if (j == i || !rules.Contains(other.RuleId) || other.Subjects.Count == 0 || !other.Subjects.All(subjects.Contains))
                        continue;
                    keeper = Merge(keeper, other);
                    list.RemoveAt(j);
                    if (j < i) i--;
                    j--;
                    changed = true;
                }
                list[i] = keeper;
            }
        }
        return list;
    }

    private static Finding Merge(Finding keeper, Finding absorbed) => keeper with
    {
        Severity = (Severity)Math.Max((int)keeper.Severity, (int)absorbed.Severity),
        Evidence = keeper.Evidence.Concat(absorbed.Evidence).Distinct().ToList(),
        Absorbed = [.. keeper.Absorbed, absorbed],
    };

    /// <summary>The findings and every finding they absorbed, at any depth (rule tests look for a rule's own findings).</summary>
    public static IEnumerable<Finding> WithAbsorbed(IEnumerable<Finding> findings) =>
        findings.SelectMany(f => f.AllAbsorbed().Prepend(f));

    internal static FindingFact Fact(Finding finding, Provenance fallback) => new()
    {
        Provenance = finding.Evidence.FirstOrDefault() ?? fallback,
        RuleId = finding.RuleId,
        Symptom = finding.Symptom,
        Severity = finding.Severity.ToText(),
        Title = finding.Title,
    };
}

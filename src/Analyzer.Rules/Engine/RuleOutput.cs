using Analyzer.Rules.Facts;
using Analyzer.Rules.Model;
using Analyzer.Rules.Templates;

namespace Analyzer.Rules.Engine;

/// <summary>
/// Turns a rule's rows into findings (message, evidence, next steps) or derived facts. Findings become
/// <see cref="FindingFact"/>s too (made by the <see cref="Evaluator"/> once findings of one problem are merged), so
/// verdict rules can match them. Derived facts inherit the provenance of the
/// first fact they were derived from.
/// </summary>
internal static class RuleOutput
{
    /// <param name="suppressed">Findings it accepts are set apart: no <see cref="FindingFact"/>, so no verdict rule counts them.</param>
    public static ProducedOutput Produce(CompiledRule rule, List<RuleRow> rows, FactCatalog catalog, Func<Finding, bool>? suppressed = null)
    {
        var findings = new List<Finding>();
        var set = new List<Finding>();
        var facts = new List<IFact>();
        foreach (var row in rows)
        {
            if (rule.DeriveType is { } type)
            {
                facts.Add(Derive(rule, type, row));
                continue;
            }
            var context = Context(rule, row, catalog);
            var evidence = Evidence(rule, row);
            var finding = new Finding(
                rule.Id,
                rule.Severity,
                rule.Definition.Symptom ?? "",
                rule.Definition.Title,
                rule.Message?.Render(context) ?? MessageText.Authored(rule.Definition.Title),
                evidence,
                rule.NextSteps.Select(s => s.Render(context)).Where(s => s.Plain.Length > 0).ToList(),
                rule.Definition.Help)
            {
                Subjects = Subjects(rule, row),
            };
            if (suppressed?.Invoke(finding) == true)
            {
                set.Add(finding);
                continue;
            }
            findings.Add(finding);
        }
        return new ProducedOutput(findings, facts, set);
    }

    private static IFact Derive(CompiledRule rule, Facts.FactType type, RuleRow row)
    {
        // Generated factory and with-setters (FactCatalog): no reflection, so derive works the same under Native AOT.
        var instance = type.Shape.Create();
        var frame = RulePlanRunner.Frame(rule, row.Representative, row.Variables);
        foreach (var (field, value) in rule.DeriveFields)
        {
            var with = field.With ?? throw new InvalidOperationException($"{type.Name}.{field.Name} cannot be set");
            instance = with(instance, value.Evaluate(frame));
        }
        var source = row.Tuples.SelectMany(t => t).OfType<IFact>().FirstOrDefault();
        var withProvenance = type.Shape.WithProvenance ?? throw new InvalidOperationException($"{type.Name} has no provenance");
        return (IFact)withProvenance(instance, source?.Provenance ?? new Provenance(rule.Definition.File, rule.Definition.Location.Line));
    }

    /// <summary>Every subject expression over every tuple of the row (merged rows included), nulls and repeats dropped.</summary>
    private static IReadOnlyList<string> Subjects(CompiledRule rule, RuleRow row)
    {
        if (rule.Subjects.Count == 0)
            return [];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var tuple in row.Tuples)
            foreach (var subject in rule.Subjects)
                if (subject.Evaluate(RulePlanRunner.Frame(rule, tuple, row.Variables)) is string { Length: > 0 } s && seen.Add(s))
                    result.Add(s);
        return result;
    }

    private static Dictionary<string, object?> Context(CompiledRule rule, RuleRow row, FactCatalog catalog)
    {
        var context = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var b in rule.Bindings)
            context[b.Name] = TemplateValues.Of(row.Representative[b.Slot], catalog);
        foreach (var a in rule.Aggregates)
            context[a.Name] = TemplateValues.Of(row.Variables[a.Slot], catalog);
        if (rule.MergeBy.Count > 0)
        {
            context["merged"] = TemplateValues.Of(row.Variables[rule.Aggregates.Count], catalog);
            context["others"] = TemplateValues.Of(row.Variables[rule.Aggregates.Count + 1], catalog);
        }
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (var i = 0; i < rule.Definition.Params.Count; i++)
            parameters[rule.Definition.Params[i].Name] = TemplateValues.Of(rule.ParamValues[i], catalog);
        context["params"] = parameters;
        return context;
    }

    /// <summary>
    /// The provenance of the facts the evidence entries name, across the row's tuples, without repeats. Each entry
    /// quotes up to its limit, one fact of each file its facts come from first: a finding that stands for several
    /// captures or files cites each of them (as far as the limit goes), not only the first one's lines.
    /// </summary>
    private static List<Provenance> Evidence(CompiledRule rule, RuleRow row)
    {
        var entries = rule.Evidence.Count > 0
            ? rule.Evidence
            : [new EvidenceDefinition(rule.Bindings.First(b => b.Kind == BindingKind.Required).Name, 3, rule.Definition.Location)];
        var result = new List<Provenance>();
        foreach (var entry in entries)
        {
            var slot = rule.Bindings.First(b => b.Name == entry.From).Slot;
            var facts = row.Tuples.Select(t => t[slot]).OfType<IFact>().Distinct(ReferenceEqualityComparer.Instance).Cast<IFact>().ToList();
            result.AddRange(Quoted(facts, entry.Limit).Select(f => f.Provenance));
        }
        return result.Distinct().ToList();
    }

    /// <summary>The first fact of each file, then the next ones, up to the limit; quoted in row order.</summary>
    private static IEnumerable<IFact> Quoted(List<IFact> facts, int limit)
    {
        var chosen = new bool[facts.Count];
        var files = new HashSet<string>(StringComparer.Ordinal);
        var count = 0;
        for (var i = 0; i < facts.Count && count < limit; i++)
            if (files.Add(facts[i].Provenance.Path)) { chosen[i] = true; count++; }
        for (var i = 0; i < facts.Count && count < limit; i++)
            if (!chosen[i]) { chosen[i] = true; count++; }
        return facts.Where((_, i) => chosen[i]);
    }
}

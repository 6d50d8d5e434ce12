using Analyzer.Rules.Model;

namespace Analyzer.Reporting;

/// <summary>
/// What a report says about a finding rule whether or not it fired (SARIF's rule descriptors): its words as written in
/// the rule file. Next steps that vary per finding (templates) are left out: a descriptor holds only what is always true.
/// </summary>
public sealed record RuleDescriptor(
    string Id,
    string Title,
    string? Symptom,
    Severity Severity,
    string? Description,
    string? Help,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> FixedNextSteps)
{
    public static IReadOnlyList<RuleDescriptor> Of(IEnumerable<RuleDefinition> definitions) =>
        definitions
            .Where(d => d.IsFindingRule)
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .Select(d => new RuleDescriptor(
                d.Id, d.Title, d.Symptom, d.Severity, d.Description, d.Help, d.Tags,
                d.NextSteps.Select(s => s.Text.Trim()).Where(t => t.Length > 0 && !t.Contains("{{", StringComparison.Ordinal)).ToList()))
            .ToList();
}

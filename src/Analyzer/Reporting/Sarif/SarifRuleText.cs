namespace Analyzer.Reporting.Sarif;

/// <summary>A rule descriptor's help: what the rule looks for, how to read it, and the next steps that hold for every finding.</summary>
internal static class SarifRuleText
{
    public static string Plain(RuleDescriptor rule) => Join(rule, "Next steps:", "- ");

    public static string Markdown(RuleDescriptor rule) => Join(rule, "**Next steps**", "- ");

    private static string Join(RuleDescriptor rule, string stepsHeading, string bullet)
    {
        var parts = new List<string> { rule.Description ?? rule.Title };
        if (rule.Help is { Length: > 0 } help)
            parts.Add(help);
        if (rule.FixedNextSteps.Count > 0)
            parts.Add(stepsHeading + "\n\n" + string.Join("\n", rule.FixedNextSteps.Select(s => bullet + s)));
        return string.Join("\n\n", parts.Select(p => p.Trim()));
    }
}

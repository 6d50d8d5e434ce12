using System.Text.RegularExpressions;
using Analyzer.Families;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.RuleFiles;

/// <summary>docs/symptoms.md lists exactly the symptoms the families declare.</summary>
public sealed partial class SymptomDocTests
{
    [GeneratedRegex(@"^\| `([a-z0-9-]+)` \|", RegexOptions.Multiline)]
    private static partial Regex SymptomRow();

    [Fact]
    public void The_vocabulary_page_lists_every_declared_symptom_and_no_other()
    {
        var page = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "symptoms.md"));
        var listed = SymptomRow().Matches(page).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(FamilyRegistry.Symptoms.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
    }
}

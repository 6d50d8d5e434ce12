using Analyzer.Facts.Bundle;
using Analyzer.Facts.Verdict;
using Analyzer.Inventory;
using Analyzer.Rules.Engine;
using Analyzer.Rules.Facts;

namespace Analyzer.Vocabulary;

/// <summary>
/// The string fields rules compare with literals whose values are a closed list owned by this analyzer: a literal
/// outside the list (a misspelt symptom in a verdict rule, a misspelt verdict) is a rule load error, not a rule that
/// silently never fires. Fact type names come from the records' own attributes, not repeated here.
/// </summary>
public static class EnumeratedVocabulary
{
    public static EnumeratedFields Fields { get; } = new EnumeratedFields()
        .Add(FactName<FindingFact>(), "symptom", Symptoms.All)
        .Add(FactName<VerdictCandidate>(), "verdict", Verdicts.All)
        .Add(FactName<InputFile>(), "status", Enum.GetValues<InputStatus>().Select(StatusText.Of));

    private static string FactName<T>() where T : IFact => Pipeline.BundleFactReader.Catalog.Get(typeof(T)).Name;
}

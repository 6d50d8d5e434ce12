namespace Analyzer.Bundles;

internal enum EntryOutcomeKind
{
    /// <summary>Go on with the next member.</summary>
    Continue,

    /// <summary>The container's data is damaged; stop reading it and report it failed.</summary>
    Broken,

    /// <summary>The total byte budget ran out while the reader still had to skip data to reach the next member.</summary>
    BudgetExhausted,
}

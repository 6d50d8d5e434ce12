namespace Analyzer.Bundles;

/// <summary>What the container reader should do after one member was handled.</summary>
internal readonly record struct EntryOutcome(EntryOutcomeKind Kind, string? Reason = null)
{
    public static EntryOutcome Continue { get; } = new(EntryOutcomeKind.Continue);

    public static EntryOutcome BudgetExhausted { get; } = new(EntryOutcomeKind.BudgetExhausted);

    public static EntryOutcome Broken(string reason) => new(EntryOutcomeKind.Broken, reason);
}

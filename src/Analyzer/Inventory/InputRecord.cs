namespace Analyzer.Inventory;

/// <summary>One line of the report's inventory: an input, its detected format, what became of it and why.</summary>
public sealed record InputRecord(string Path, string Format, InputStatus Status, long Facts, IReadOnlyList<string> Problems)
{
    /// <summary>
    /// What else was read from the input besides its format (a Go panic found inside a kernel log). Not problems:
    /// they say nothing against the input's status.
    /// </summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}

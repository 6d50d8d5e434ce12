namespace Analyzer.Inventory;

/// <summary>One line of the report's inventory: an input, its detected format, what became of it and why.</summary>
public sealed record InputRecord(string Path, string Format, InputStatus Status, long Facts, IReadOnlyList<string> Problems);

namespace Analyzer.Inventory;

/// <summary>
/// A fact that says something about another input of the bundle (a sos manifest marking a command's output
/// truncated). After the whole bundle is read, the pipeline adds <see cref="Reason"/> to <see cref="Target"/>'s
/// inventory record, so the note lands whichever of the two entries came first.
/// </summary>
public interface IInventoryNote
{
    string Target { get; }
    InputStatus Status { get; }
    string Reason { get; }
}

namespace Analyzer.Inventory;

/// <summary>What became of one input of the bundle (docs/report-contract.md: inputs[].status).</summary>
public enum InputStatus
{
    /// <summary>Recognised and read whole.</summary>
    Parsed,
    /// <summary>Recognised, but only part could be read (truncated, capped, garbled in places).</summary>
    Partial,
    /// <summary>Read, but no parser knows the format.</summary>
    Unrecognized,
    /// <summary>Could not be read at all (parser crashed, archive broken).</summary>
    Failed,
    /// <summary>Deliberately not read (hostile path, link, device, over a limit).</summary>
    Skipped,
}

namespace Analyzer.Inventory;

/// <summary>The lower-case status names of docs/report-contract.md.</summary>
public static class StatusText
{
    public static string Of(InputStatus status) => status switch
    {
        InputStatus.Parsed => "parsed",
        InputStatus.Partial => "partial",
        InputStatus.Unrecognized => "unrecognized",
        InputStatus.Failed => "failed",
        _ => "skipped",
    };
}

namespace Analyzer.Reporting.Baselines;

/// <summary>A finding against the baseline (SARIF's baselineState values "new" and "unchanged").</summary>
public enum BaselineState
{
    New,
    Unchanged,
}

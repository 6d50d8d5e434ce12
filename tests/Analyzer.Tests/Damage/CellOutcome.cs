namespace Analyzer.Tests.Damage;

/// <summary>What one fixture × damage cell came to.</summary>
internal enum CellOutcome
{
    /// <summary>The damaged copy yields the clean fixture's verdict and symptoms.</summary>
    Same,

    /// <summary>Findings differ, but an input the clean fixture parsed now says partial, failed or unrecognized, with a reason.</summary>
    DegradedHonestly,

    /// <summary>Findings differ and nothing says why (or the verdict turned healthy, a finding appeared, the pipeline crashed).</summary>
    Failed,

    /// <summary>The damage applies to no file of the fixture (reason recorded).</summary>
    NotApplicable,
}

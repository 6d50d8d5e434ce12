namespace Analyzer.Cli.Commands;

/// <summary>Exit codes of docs/report-contract.md.</summary>
internal static class ExitCodes
{
    /// <summary>The analysis ran (and nothing reached --fail-on).</summary>
    public const int Ok = 0;

    /// <summary>The analysis ran and a finding at or above --fail-on was reported (or a rule test failed).</summary>
    public const int Findings = 1;

    /// <summary>The bundle, the rules or the command line could not be used.</summary>
    public const int Unusable = 2;

    /// <summary>The analysis ran, <c>--fail-on incomplete</c> was given and the evidence was not all read (and no finding reached --fail-on).</summary>
    public const int Incomplete = 3;
}

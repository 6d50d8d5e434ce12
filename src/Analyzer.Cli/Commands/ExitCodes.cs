namespace Analyzer.Cli.Commands;

/// <summary>Exit codes of docs/report-contract.md.</summary>
internal static class ExitCodes
{
    /// <summary>The analysis ran (and nothing reached --fail-on).</summary>
    public const int Ok = 0;

    /// <summary>The analysis ran and a finding at or above --fail-on was reported (or a rule test failed).</summary>
    public const int Findings = 1;

    /// <summary>The bundle, the rules, the output path or the command line could not be used.</summary>
    public const int Unusable = 2;

    /// <summary>The analysis ran, <c>--fail-on incomplete</c> was given and the evidence was not all read (and no finding reached --fail-on).</summary>
    public const int Incomplete = 3;

    /// <summary>
    /// triage itself failed (a bug): a one-line message on stderr, the details in a crash file. 70 is sysexits'
    /// EX_SOFTWARE, apart from the small codes a finished run ends with.
    /// </summary>
    public const int InternalError = 70;

    /// <summary>The exit codes as --help lists them.</summary>
    public const string HelpText =
        "Exit codes:\n" +
        "  0   the command ran (and nothing reached --fail-on)\n" +
        "  1   a finding reached --fail-on, a rule test failed, or 'diff' found new findings\n" +
        "  2   the bundle, the rules, the output path or the command line could not be used\n" +
        "  3   --fail-on incomplete was given and the evidence was not all read\n" +
        "  70  internal error (one line on stderr, details in a crash file)";
}

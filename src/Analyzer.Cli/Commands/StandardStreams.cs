namespace Analyzer.Cli.Commands;

/// <summary>The Unix convention: <c>-</c> as an input is standard input, as an output standard output.</summary>
internal static class StandardStreams
{
    public const string Dash = "-";

    /// <summary>The name standard input gets in the report and its inventory.</summary>
    public const string StdinName = "stdin";
}

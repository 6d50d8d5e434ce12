using System.CommandLine;
using Analyzer.Cli.Commands;

// The CLI is a thin shell: one command class per verb, all logic in the Analyzer libraries.
var root = new RootCommand("triage: turns a diagnostic bundle into a triage report (verdict, findings, evidence, next steps).");
root.Subcommands.Add(AnalyzeCommand.Create());
root.Subcommands.Add(RulesCommand.Create());
root.Subcommands.Add(CollectCommand.Create());

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
        Console.Error.WriteLine($"triage: {error.Message}");
    Console.Error.WriteLine("Run 'triage --help' for usage.");
    return ExitCodes.Unusable;
}
try
{
    // System.CommandLine's own handler prints the stack trace and exits 1, the code of "--fail-on reached".
    return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e)
{
    return CrashReport.Handle(e, args, Console.Error, Path.GetTempPath(), Environment.GetEnvironmentVariable("TRIAGE_DEBUG") == "1");
}

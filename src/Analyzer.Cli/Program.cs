using System.CommandLine;
using Analyzer.Cli.Commands;

// The CLI is a thin shell: one command class per verb, all logic in the Analyzer libraries.
var root = new RootCommand("triage: turns a diagnostic bundle into a triage report (verdict, findings, evidence, next steps).");
root.Subcommands.Add(AnalyzeCommand.Create());
root.Subcommands.Add(DiffCommand.Create());
root.Subcommands.Add(RulesCommand.Create());
root.Subcommands.Add(CollectCommand.Create());
root.Subcommands.Add(CompletionCommand.Create());
Usage.AddExitCodesToHelp(root);

// `triage` alone asked for nothing: the help, on stderr and with exit 2 like any usage error, so that a CI step whose
// arguments went missing does not pass as a run that found nothing.
if (args.Length == 0)
{
    Usage.WriteHelp(root, [], Console.Error);
    return ExitCodes.Unusable;
}

var parsed = root.Parse(args);
// --help answers even where the command line is incomplete (`triage analyze --help` names no bundle).
if (parsed.Errors.Count > 0 && !Usage.IsHelp(parsed))
{
    Usage.WriteErrors(root, parsed, Console.Error);
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

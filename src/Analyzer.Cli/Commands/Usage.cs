using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using Analyzer.Rules.Diagnostics;

namespace Analyzer.Cli.Commands;

/// <summary>
/// What a command line that cannot run gets: one error per mistake, a "did you mean" for a misspelt command or
/// option, then the usage of the command the mistake was made in (not the whole tool's), all on stderr. Every --help
/// ends with the exit codes.
/// </summary>
internal static class Usage
{
    /// <summary>Makes every command's --help end with the exit codes.</summary>
    public static void AddExitCodesToHelp(RootCommand root)
    {
        var help = root.Options.OfType<HelpOption>().Single();
        if (help.Action is SynchronousCommandLineAction original)
            help.Action = new HelpWithExitCodes(original);
    }

    public static bool IsHelp(ParseResult parsed) => parsed.Action is HelpWithExitCodes;

    public static void WriteErrors(RootCommand root, ParseResult parsed, TextWriter stderr)
    {
        var command = parsed.CommandResult.Command;
        var known = Names(command).ToList();
        var unmatched = parsed.UnmatchedTokens;
        // An unknown command makes everything after it unmatched too, and an unknown option leaves its value
        // unmatched: those are one mistake, said once.
        var consequences = Consequences(command, unmatched);
        foreach (var error in parsed.Errors)
        {
            var token = unmatched.FirstOrDefault(t => error.Message.Contains($"'{t}'", StringComparison.Ordinal));
            if (token is null && unmatched.Count > 0 && command.Subcommands.Count > 0) continue; // "required command" after an unknown one
            if (token is not null && consequences.Contains(token)) continue;
            var hint = token is not null && DidYouMean.Suggest(token, known) is { } s ? $" ({s})" : "";
            stderr.WriteLine($"triage: {error.Message}{hint}");
        }
        stderr.WriteLine();
        WriteHelp(root, Path(parsed.CommandResult), stderr);
    }

    /// <summary>Prints the help of the command at <paramref name="path"/> (empty: the tool's) to <paramref name="writer"/>.</summary>
    public static void WriteHelp(RootCommand root, IReadOnlyList<string> path, TextWriter writer) =>
        root.Parse([.. path, "--help"]).Invoke(new InvocationConfiguration { Output = writer });

    private static HashSet<string> Consequences(Command command, IReadOnlyList<string> unmatched)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        if (unmatched.Count == 0) return result;
        if (command.Subcommands.Count > 0 && !unmatched[0].StartsWith('-'))
        {
            result.UnionWith(unmatched.Skip(1));
            return result;
        }
        for (var i = 1; i < unmatched.Count; i++)
            if (unmatched[i - 1].StartsWith('-') && !unmatched[i].StartsWith('-'))
                result.Add(unmatched[i]);
        return result;
    }

    /// <summary>The words valid where the mistake was made: subcommands and options, aliases included.</summary>
    private static IEnumerable<string> Names(Command command)
    {
        foreach (var sub in command.Subcommands)
        {
            yield return sub.Name;
            foreach (var alias in sub.Aliases) yield return alias;
        }
        foreach (var option in command.Options.Where(o => !o.Hidden))
        {
            yield return option.Name;
            foreach (var alias in option.Aliases.Where(a => a.StartsWith("--", StringComparison.Ordinal))) yield return alias;
        }
    }

    private static List<string> Path(CommandResult result)
    {
        var path = new List<string>();
        for (SymbolResult? r = result; r is CommandResult c && c.Parent is not null; r = c.Parent)
            path.Insert(0, c.Command.Name);
        return path;
    }

    private sealed class HelpWithExitCodes(SynchronousCommandLineAction help) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var code = help.Invoke(parseResult);
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine(ExitCodes.HelpText);
            output.WriteLine();
            return code;
        }
    }
}

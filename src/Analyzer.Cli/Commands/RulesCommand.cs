using System.CommandLine;
using Analyzer.Pipeline;
using Analyzer.Rules.Documentation;
using Analyzer.Rules.Testing;
using Analyzer.Vocabulary;

namespace Analyzer.Cli.Commands;

/// <summary><c>triage rules check|test [--rules DIR]... [--config FILE]</c>: for rule authors and CI.</summary>
internal static class RulesCommand
{
    public static Command Create()
    {
        var command = new Command("rules", "Check and test rules.");
        command.Subcommands.Add(Check());
        command.Subcommands.Add(Test());
        command.Subcommands.Add(List());
        command.Subcommands.Add(Facts());
        command.Subcommands.Add(Pack());
        return command;
    }

    private static (Option<string[]> Rules, Option<string?> Config) CommonOptions() =>
        (new Option<string[]>("--rules") { Description = "A rules directory or file (repeatable); default: the rules built into triage." },
         new Option<string?>("--config") { Description = "A config file to check along with the rules." });

    private static Command Check()
    {
        var (rules, config) = CommonOptions();
        var command = new Command("check", "Load and type-check rules; print every error with file:line:col.") { rules, config };
        command.SetAction(parse =>
        {
            var dirs = parse.GetValue(rules) ?? [];
            if (Load(dirs, parse.GetValue(config)) is not { } loaded) return ExitCodes.Unusable;
            Console.Out.WriteLine($"{Plural.Of(loaded.Definitions.Count, "rule")} OK: {string.Join(", ", loaded.Definitions.Select(d => d.Id))}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Test()
    {
        var (rules, config) = CommonOptions();
        var junit = new Option<string?>("--junit") { Description = "Also write the results to this file as JUnit XML." };
        var command = new Command("test", "Run the tests embedded in rules; a test's bundle path is tried beside its rule file, then from the repository root.") { rules, config, junit };
        command.SetAction(parse =>
        {
            var dirs = parse.GetValue(rules) ?? [];
            if (dirs.Length == 0)
            {
                // A pack leaves the tests out, and they name fixtures of triage's source tree anyway.
                Console.Error.WriteLine("triage: the built-in rules' tests are in triage's source: run `triage rules test --rules rules` in a checkout");
                return ExitCodes.Unusable;
            }
            var junitFile = parse.GetValue(junit);
            if (junitFile is not null && ReportOutput.Refusal(junitFile, "") is { } refusal)
            {
                Console.Error.WriteLine($"triage: {refusal.Replace("--output", "--junit", StringComparison.Ordinal)}");
                return ExitCodes.Unusable;
            }
            if (Load(dirs, parse.GetValue(config)) is not { } loaded) return ExitCodes.Unusable;
            var runner = new RuleTestRunner(BundleFactReader.Catalog, ReadTestBundle, RuleDirectories.TestRoot(dirs), EnumeratedVocabulary.Fields);
            var results = runner.Run(loaded.Definitions, loaded.Config);
            foreach (var r in results)
            {
                Console.Out.WriteLine($"{(r.Passed ? "PASS" : "FAIL")} {r.RuleId} {r.Name}");
                foreach (var failure in r.Failures)
                    Console.Out.WriteLine($"     {r.Location}: {failure}");
            }
            var failed = results.Count(r => !r.Passed);
            if (junitFile is not null)
            {
                try
                {
                    ReportOutput.Write(junitFile, stream => JUnitReport.Write(results, stream));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    Console.Error.WriteLine($"triage: cannot write {junitFile}: {e.Message}");
                    return ExitCodes.Unusable;
                }
            }
            Console.Out.WriteLine($"{results.Count - failed} passed, {failed} failed");
            return failed == 0 ? ExitCodes.Ok : ExitCodes.Findings;
        });
        return command;
    }

    private static Command List()
    {
        var (rules, config) = CommonOptions();
        var command = new Command("list", "Print the rule catalogue (Markdown): ids, symptoms, severities, params.") { rules, config };
        command.SetAction(parse =>
        {
            var dirs = parse.GetValue(rules) ?? [];
            if (Load(dirs, parse.GetValue(config)) is not { } loaded) return ExitCodes.Unusable;
            Console.Out.Write(RuleCatalogWriter.Write(loaded.Definitions));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Facts()
    {
        var command = new Command("facts", "Print the fact reference (Markdown): every fact type, its fields, types, units and the parsers producing it.");
        command.SetAction(_ =>
        {
            var formats = Detection.ParserRegistry.Default.GroupBy(p => p.Source, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(p => p.Format).Distinct().ToList(), StringComparer.Ordinal);
            Console.Out.Write(FactCatalogWriter.Write(BundleFactReader.Catalog, formats));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Pack()
    {
        var directory = new Argument<string>("DIR") { Description = "The rules directory to pack." };
        var command = new Command("pack",
            $"Check a rules directory as `rules check` does and read it ahead of time into DIR/{Rules.Yaml.RulePack.FileName}, so that an analysis " +
            "starts without parsing YAML and compiles only the rules it evaluates. Rules with errors are not packed (exit 2). The pack is used " +
            "only while it matches the directory's files and this build; the build packs the built-in rules into the program.") { directory };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(directory)!;
            if (!Directory.Exists(dir))
            {
                Console.Error.WriteLine($"triage: rules directory '{dir}' does not exist");
                return ExitCodes.Unusable;
            }
            var target = Path.Combine(dir, Rules.Yaml.RulePack.FileName);
            // A pack vouches for its rules: an analysis compiles a packed rule only when it first needs it.
            if (Load([dir], null) is not { } loaded)
            {
                Console.Error.WriteLine($"triage: {target} not written: the rules have errors");
                return ExitCodes.Unusable;
            }
            try
            {
                ReportOutput.Write(target, stream => Rules.Yaml.RulePack.Write(dir, loaded.Definitions, stream));
                Console.Out.WriteLine($"wrote {target} ({Plural.Of(Rules.Yaml.RulePack.RuleFilesOf(dir).Count, "rule file")})");
                return ExitCodes.Ok;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"triage: cannot write {target}: {e.Message}");
                return ExitCodes.Unusable;
            }
        });
        return command;
    }

    /// <summary>
    /// A test's bundle that is missing or not a file/directory fails that test with the reason (the runner reports
    /// I/O errors per test), instead of ending the whole run.
    /// </summary>
    private static Rules.Facts.FactSet ReadTestBundle(string path)
    {
        try
        {
            return BundleFactReader.Read(path).Facts;
        }
        catch (Bundles.BundleException e)
        {
            throw new IOException(e.Message, e);
        }
    }

    private static RuleLoading.Loaded? Load(IReadOnlyList<string> dirs, string? config)
    {
        try
        {
            // No directory named: the built-in rules, compiled whole again under this very build.
            var loaded = RuleLoading.Load(dirs, config, Directory.GetCurrentDirectory(), verify: true, usePacks: false, builtin: dirs.Count == 0 ? BuiltinRules.Pack : null);
            // Inline test facts are checked with the rules: a misspelt field would otherwise surface only as a
            // failing test, or not at all in a test that expects nothing to fire.
            RuleTestRunner.CheckTestFacts(loaded.Definitions, BundleFactReader.Catalog, loaded.Diagnostics);
            if (loaded.Rules is not null && !loaded.Diagnostics.HasErrors) return loaded;
            foreach (var d in loaded.Diagnostics.Items) Console.Error.WriteLine(d);
            Console.Error.WriteLine($"triage: {Plural.Of(loaded.Diagnostics.Items.Count, "error")} in the rules.");
            return null;
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            Console.Error.WriteLine($"triage: {e.Message}");
            return null;
        }
    }
}

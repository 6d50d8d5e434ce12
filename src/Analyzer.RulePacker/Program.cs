using Analyzer.Pipeline;
using Analyzer.Rules.Yaml;

// rule-packer RULES_DIR OUTPUT: the shipped rules, checked whole (every expression, template and pattern compiled, as
// `triage rules check` does), written as the rule pack the program embeds. A rule with an error stops the build here,
// at its file:line:col, instead of shipping a program whose built-in rules do not load.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: rule-packer RULES_DIR OUTPUT");
    return 2;
}
var (directory, output) = (args[0], args[1]);
var loaded = RuleLoading.Load([directory], verify: true);
if (loaded.Rules is null)
{
    foreach (var d in loaded.Diagnostics.Items)
        Console.Error.WriteLine(d);
    Console.Error.WriteLine($"rule-packer: the built-in rules in {directory} have errors; nothing written");
    return 2;
}
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
var partial = output + ".partial";
using (var stream = File.Create(partial))
    RulePack.Write(directory, loaded.Definitions, stream);
File.Move(partial, output, overwrite: true);
Console.Out.WriteLine($"rule-packer: {loaded.Definitions.Count} rules from {directory} packed into {output}");
return 0;

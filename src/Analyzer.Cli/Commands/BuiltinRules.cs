using Analyzer.Rules.Yaml;

namespace Analyzer.Cli.Commands;

/// <summary>
/// The rules built into the program: the build checks rules/ and embeds their pack (Analyzer.RulePacker), so the
/// program is one file that needs no rule files beside it, and an analysis starts without finding, hashing or parsing
/// any. Their tests stay in the source tree (`triage rules test --rules rules` in a checkout).
/// </summary>
internal static class BuiltinRules
{
    private const string ResourceName = "triage.builtin-rules.pack";

    /// <summary>Where the built-in rules are in triage's source: the name their files are shown under.</summary>
    public const string Root = "rules";

    private static readonly Lazy<RulePack> Embedded = new(Read);

    /// <summary>The built-in rules' pack. Throws <see cref="InvalidDataException"/> when the program is damaged.</summary>
    public static RulePack Pack => Embedded.Value;

    private static RulePack Read()
    {
        using var stream = typeof(BuiltinRules).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidDataException($"this build of triage has no built-in rules (resource {ResourceName} missing)");
        var data = new byte[stream.Length];
        stream.ReadExactly(data);
        return RulePack.FromBuiltin(data, Root) ?? throw new InvalidDataException("the program's built-in rules are damaged: reinstall triage");
    }
}

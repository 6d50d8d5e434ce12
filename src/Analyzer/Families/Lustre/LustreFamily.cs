using Analyzer.Families.Lustre.Facts;
using Analyzer.Families.Lustre.Parsers.Ftrace;
using Analyzer.Families.Lustre.Parsers.LustreDebug;
using Analyzer.Families.Lustre.Sections;

namespace Analyzer.Families.Lustre;

/// <summary>
/// Lustre clients: `lctl dk` debug logs and the ftrace captures taken to see where client threads sleep (rules/lustre/,
/// LUS…; Lustre console messages come with the kernel log).
/// </summary>
internal static class LustreFamily
{
    public static EvidenceFamily Descriptor { get; } = new()
    {
        Name = "lustre",
        Folder = "Lustre",
        RulePrefix = "LUS",
        Parsers = [new(60, new LustreDebugParser()), new(70, new FtraceParser())],
        Sections =
        [
            new(20, new LustreErrorsSection()),
            new(30, new FtraceFunctionsSection()),
            new(40, new FtraceSleepsSection()),
        ],
        Symptoms = ["lustre-errors"],
        Sources = [LustreSources.Debug, FtraceSources.Ftrace],
    };
}

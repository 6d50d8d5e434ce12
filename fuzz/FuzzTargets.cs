using Analyzer.Families;

namespace Analyzer.Fuzz;

/// <summary>The targets by name: one per evidence family, transport, archives and rule loading.</summary>
internal static class FuzzTargets
{
    private static readonly IFuzzTarget[] All =
    [
        new FamilyTarget("go", "Go"),
        new FamilyTarget("linux", "Linux"),
        new FamilyTarget("zfs", "ZFS"),
        new FamilyTarget("juicefs", "JuiceFS"),
        new FamilyTarget("lustre", "Lustre"),
        new PipelineTarget(),
        new ArchiveTarget(),
        new RulesTarget(),
    ];

    public static IEnumerable<string> Names => All.Select(t => t.Name);

    public static IFuzzTarget? Find(string name) => All.FirstOrDefault(t => t.Name == name);

    /// <summary>The family whose name matches, case-insensitively (the descriptors spell them for reports).</summary>
    public static EvidenceFamily Family(string name) =>
        FamilyRegistry.All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new InvalidOperationException(
            $"no family {name}; there are {string.Join(", ", FamilyRegistry.All.Select(f => f.Name))}");
}

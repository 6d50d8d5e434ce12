using Analyzer.Families;
using Analyzer.Rules.Facts;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.FamilyModules;

/// <summary>
/// Guards of the family modules: every parser and section belongs to exactly one family and lives in its folder,
/// rule folders are families, sources and ranks are consistent, and the detection order is approved.
/// </summary>
public sealed class FamilyRegistryTests
{
    [Fact]
    public void Detection_order_is_the_approved_one()
    {
        // Ties in detection confidence go to the lower rank, so this order decides which parser reads an entry two
        // parsers claim equally; any change to it must be seen in review.
        var lines = FamilyRegistry.All
            .SelectMany(f => f.Parsers.Select(p => (f.Name, p.Rank, p.Parser)))
            .OrderBy(x => x.Rank)
            .Select(x => $"{x.Rank,4} {x.Name,-8} {x.Parser.Format,-28} {x.Parser.GetType().Name}");
        Approval.Verify(Path.Combine(RepoPaths.Root, "tests", "Analyzer.Tests", "FamilyModules", "detection-order.approved.txt"),
            string.Join('\n', lines) + "\n");
    }

    [Fact]
    public void Every_parser_belongs_to_exactly_one_family_and_lives_in_its_folder()
    {
        var all = FamilyRegistry.All.SelectMany(f => f.Parsers.Select(p => (Family: f, p.Parser))).ToList();
        Assert.Equal(all.Count, all.Select(x => x.Parser.GetType()).Distinct().Count());
        foreach (var (family, parser) in all)
            Assert.StartsWith($"Analyzer.Families.{FolderOf(family)}.Parsers.", parser.GetType().Namespace, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_section_belongs_to_exactly_one_family_and_lives_in_its_folder()
    {
        var all = FamilyRegistry.All.SelectMany(f => f.Sections.Select(s => (Family: f, s.Section))).ToList();
        Assert.Equal(all.Count, all.Select(x => x.Section.GetType()).Distinct().Count());
        foreach (var (family, section) in all)
            Assert.Equal($"Analyzer.Families.{FolderOf(family)}.Sections", section.GetType().Namespace);
    }

    [Fact]
    public void Every_section_class_in_the_assembly_is_registered()
    {
        var registered = FamilyRegistry.Sections.Select(s => s.GetType()).ToHashSet();
        var declared = typeof(FamilyRegistry).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(Analyzer.Reporting.Sections.IReportSection).IsAssignableFrom(t));
        Assert.All(declared, t => Assert.Contains(t, registered));
    }

    [Fact]
    public void Every_parser_class_in_the_assembly_is_registered()
    {
        var registered = FamilyRegistry.Parsers.Select(s => s.GetType()).ToHashSet();
        var declared = typeof(FamilyRegistry).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(Analyzer.Detection.IFormatParser).IsAssignableFrom(t));
        Assert.All(declared, t => Assert.Contains(t, registered));
    }

    [Fact]
    public void Ranks_and_orders_are_unique()
    {
        var ranks = FamilyRegistry.All.SelectMany(f => f.Parsers).Select(p => p.Rank).ToList();
        Assert.Equal(ranks.Count, ranks.Distinct().Count());
        var orders = FamilyRegistry.All.SelectMany(f => f.Sections).Select(s => s.Order).ToList();
        Assert.Equal(orders.Count, orders.Distinct().Count());
    }

    [Fact]
    public void Parser_sources_are_declared_by_their_family()
    {
        foreach (var family in FamilyRegistry.All)
            foreach (var p in family.Parsers)
                Assert.Contains(p.Parser.Source, family.Sources);
    }

    [Fact]
    public void Fact_records_of_a_family_carry_one_of_its_sources()
    {
        foreach (var family in FamilyRegistry.All)
        {
            var ns = $"Analyzer.Families.{FolderOf(family)}.Facts";
            var records = typeof(FamilyRegistry).Assembly.GetTypes()
                .Where(t => t.Namespace == ns)
                .Select(t => (Type: t, Attribute: (FactRecordAttribute?)Attribute.GetCustomAttribute(t, typeof(FactRecordAttribute))))
                .Where(x => x.Attribute is not null);
            foreach (var (type, attribute) in records)
                Assert.True(attribute!.Source == FactSources.Derived || family.Sources.Contains(attribute.Source),
                    $"{type.Name} has source {attribute.Source}, which family {family.Name} does not declare");
        }
    }

    [Fact]
    public void Rule_folders_are_families_or_the_verdict_folder()
    {
        var names = FamilyRegistry.All.Select(f => f.Name).Append("verdict").ToHashSet();
        foreach (var dir in Directory.EnumerateDirectories(RepoPaths.Rules))
            Assert.Contains(Path.GetFileName(dir), names);
        foreach (var family in FamilyRegistry.All)
            Assert.True(Directory.Exists(Path.Combine(RepoPaths.Rules, family.Name)), $"family {family.Name} has no rules/{family.Name}/");
    }

    [Fact]
    public void Symptoms_are_owned_by_one_family()
    {
        var all = FamilyRegistry.All.SelectMany(f => f.Symptoms).ToList();
        Assert.Equal(all.Count, all.Distinct().Count());
    }

    private static string FolderOf(EvidenceFamily family) => family.Folder;
}

using System.Formats.Tar;
using Analyzer.Bundles;
using Analyzer.Inventory;
using Analyzer.Pipeline;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.Parsers.Sosreport;

/// <summary>The real (scrubbed) sosreport of fixtures/sos-debian.tar.xz is read whole and its manifest's marks land.</summary>
public sealed class SosFixtureTests
{
    private static string Fixture => Path.Combine(RepoPaths.Fixtures, "sos-debian.tar.xz");

    [Fact]
    public void Every_member_of_the_tarball_is_in_the_inventory()
    {
        var members = new List<string>();
        using (var xz = new XzDecompressionStream(File.OpenRead(Fixture)))
        using (var tar = new TarReader(xz))
            while (tar.GetNextEntry() is { } e)
                if (e.EntryType is not TarEntryType.Directory)
                    members.Add(e.Name.TrimStart('.', '/'));

        var inventory = BundleFactReader.Read(Fixture).Inventory;
        Assert.True(members.Count > 1000, $"only {members.Count} members: not the pruned sosreport");
        Assert.Equal(members.Order(StringComparer.Ordinal), inventory.Select(r => r.Path).Order(StringComparer.Ordinal));
        Assert.All(inventory, r => Assert.StartsWith("sosreport-host-", r.Path, StringComparison.Ordinal));
    }

    [Fact]
    public void Commands_the_manifest_marks_failed_carry_the_reason()
    {
        var inventory = BundleFactReader.Read(Fixture).Inventory;
        var manifest = Assert.Single(inventory, r => r.Path.EndsWith("/sos_reports/manifest.json", StringComparison.Ordinal));
        Assert.Equal(("sos-manifest", InputStatus.Parsed), (manifest.Format, manifest.Status));
        Assert.True(manifest.Facts > 0, "the capture machine always has commands sos cannot run cleanly (hwclock in a VM)");
        var flagged = inventory.Where(r => r.Problems.Any(p => p.Contains("under sos", StringComparison.Ordinal))).ToList();
        Assert.Equal(manifest.Facts, flagged.Count);
        Assert.All(flagged, r => Assert.Contains("/sos_commands/", r.Path, StringComparison.Ordinal));
        Assert.DoesNotContain(inventory, r => r.Status == InputStatus.Failed);
    }
}

using Analyzer.Families.Linux.Facts;
using Analyzer.Pipeline;

namespace Analyzer.Tests.Parsers.Top;

/// <summary>top's load and memory facts belong to the resources family: a bundle holding only top observes both families.</summary>
public sealed class TopSourcesTests
{
    [Fact]
    public void A_bundle_with_only_top_observes_processes_and_resources()
    {
        var dir = Directory.CreateTempSubdirectory("triage-top-");
        try
        {
            File.Copy(Path.Combine(AppContext.BaseDirectory, "Parsers", "Top", "samples", "top_batch_procps4_linuxmint.txt"), Path.Combine(dir.FullName, "top.txt"));
            var facts = BundleFactReader.Read(dir.FullName).Facts;
            Assert.True(facts.HasSource(HostSources.Processes));
            Assert.True(facts.HasSource(HostSources.Resources));
            Assert.Single(facts.Of<LoadAverage>());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}

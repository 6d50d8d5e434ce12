using Analyzer.Families.Go.Facts;
using Analyzer.Pipeline;

namespace Analyzer.Tests.Parsers.PprofProto;

/// <summary>Through the whole bundle pipeline: the bundle reader unpacks the .pb.gz member, the parser gets raw protobuf.</summary>
public sealed class PprofBundleTests
{
    [Fact]
    public void Pb_gz_in_a_directory_bundle_becomes_profile_facts()
    {
        var dir = Directory.CreateTempSubdirectory("pprof-bundle-");
        try
        {
            File.Copy(PprofHarness.SamplePath(PprofHarness.CpuSample), Path.Combine(dir.FullName, "pprof.app.samples.cpu.001.pb.gz"));
            var bundle = BundleFactReader.Read(dir.FullName);
            var profile = Assert.Single(bundle.Facts.Of<GoProfile>());
            Assert.Equal("cpu", profile.Kind);
            Assert.Equal(1_760_000_000, profile.Total);
            Assert.Contains(bundle.Facts.Of<GoProfileFunction>(), f => f.Function == "runtime.mapiternext" && f.Flat == 1_280_000_000);
            Assert.Contains(bundle.Inventory, r => r.Format == "pprof-profile" && r.Path.EndsWith(".pb", StringComparison.Ordinal));
            Assert.True(bundle.Facts.HasSource("go-profiles"));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}

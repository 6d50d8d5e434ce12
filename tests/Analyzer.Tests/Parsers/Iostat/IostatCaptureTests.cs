using Analyzer.Families.Linux.Facts;
using Analyzer.Inventory;
using Analyzer.Families.Linux.Parsers.Iostat;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.Parsers.Iostat;

/// <summary>Real captures of sysstat 12.6 made for fixtures/host-disk-busy (fixtures/gen/host/): -x -t, -x -m, de_DE locale.</summary>
public sealed class IostatCaptureTests
{
    private static readonly IostatParser Parser = new();

    [Fact]
    public void Timestamped_extended_capture_of_a_saturated_disk()
    {
        var run = HostParse.Fixture(Parser, "host-disk-busy", "iostat-x-t.txt");
        Assert.Equal(InputStatus.Parsed, run.Status);
        var vda = Assert.Single(run.Of<DiskStats>());
        Assert.Equal(("vda", "disk", "extended-12.4", 7L, true), (vda.Device, vda.Kind, vda.Layout, vda.Samples, vda.HadBootReport));
        Assert.Equal((9.57, 100.40, 7L), (vda.BootUtil!.Value, vda.UtilMax!.Value, vda.UtilAbove90));
        var samples = run.Of<DiskSample>().ToList();
        Assert.Equal(Enumerable.Range(1, 7).Select(i => (long)i), samples.Select(s => s.Interval));
        Assert.All(samples, s => Assert.Matches(@"^11/29/26 19:07:[0-9]{2}$", s.Timestamp));
        Assert.All(samples, s => Assert.StartsWith("vda ", s.Provenance.Excerpt));
    }

    [Fact]
    public void Megabyte_columns_become_kilobytes()
    {
        var mb = Assert.Single(HostParse.Fixture(Parser, "host-disk-busy", "iostat-xm.txt").Of<DiskSample>(), s => s.Interval == 1);
        Assert.Equal(1162.00 * 1024, mb.ReadKBps!.Value);
        Assert.Equal(4.98 * 1024, mb.WriteKBps!.Value);
    }

    [Fact]
    public void German_locale_decimal_commas_read_as_numbers()
    {
        var run = HostParse.Fixture(Parser, "host-disk-busy", "iostat-x-de.txt");
        Assert.Equal(InputStatus.Parsed, run.Status);
        var first = Assert.Single(run.Of<DiskSample>(), s => s.Interval == 1);
        Assert.Equal((2007.00, 1188872.00, 1.53, 1.67), (first.ReadsPerSec!.Value, first.ReadKBps!.Value, first.ReadAwait!.Value, first.WriteAwait!.Value));
        Assert.True(first.Util > 90);
        Assert.Equal(2L, run.One<HostCpus>().Cpus);
    }

    [Fact]
    public void Idle_host_capture_stays_low()
    {
        var vda = Assert.Single(HostParse.Fixture(Parser, "host-quiet", "iostat-x-t.txt").Of<DiskStats>());
        Assert.True(vda.Samples >= 4);
        Assert.True(vda.UtilMax < 50);
    }
}

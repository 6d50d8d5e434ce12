using Analyzer.Families.Linux.Facts;
using Analyzer.Inventory;
using Analyzer.Families.Linux.Parsers.Pressure;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.Parsers.Pressure;

/// <summary>PSI lines with the resource from grep prefixes, head headers, file names or the glob order of a bare cat.</summary>
public sealed class PressureParserTests
{
    private static readonly PressureParser Parser = new();

    private static void AssertResources(HostParse run) =>
        Assert.Equal(["cpu/some", "cpu/full", "io/some", "io/full", "memory/some", "memory/full"], run.Of<global::Analyzer.Families.Linux.Facts.Pressure>().Select(p => $"{p.Resource}/{p.Kind}"));

    [Fact]
    public void Grep_prefixed_capture()
    {
        var run = HostParse.Fixture(Parser, "host-disk-busy", "pressure.txt");
        AssertResources(run);
        var io = run.Of<global::Analyzer.Families.Linux.Facts.Pressure>().Single(p => p is { Resource: "io", Kind: "full" });
        Assert.Equal(4, io.Provenance.Line);
        Assert.True(io.Avg10 > 0 && io.TotalUs > 0);
    }

    [Fact]
    public void Head_headers_and_bare_cat_in_glob_order()
    {
        AssertResources(HostParse.Sample(Parser, "Pressure", "head_proc_pressure.txt"));
        var bare = HostParse.Sample(Parser, "Pressure", "cat_proc_pressure_bare.txt");
        AssertResources(bare);
        Assert.Equal((82.29, 88.09, 85.35, 706984928L), bare.Of<global::Analyzer.Families.Linux.Facts.Pressure>().Select(p => (p.Avg10, p.Avg60, p.Avg300, p.TotalUs)).First());
    }

    [Fact]
    public void File_named_after_the_resource()
    {
        var run = HostParse.Sample(Parser, "Pressure", "io");
        Assert.All(run.Of<global::Analyzer.Families.Linux.Facts.Pressure>(), p => Assert.Equal("io", p.Resource));
        var irq = HostParse.Text(Parser, "some avg10=1.00 avg60=2.00 avg300=3.00 total=4\nfull avg10=0.00 avg60=0.00 avg300=0.00 total=0\nsome avg10=0.00 avg60=0.00 avg300=0.00 total=0\nfull avg10=0.00 avg60=0.00 avg300=0.00 total=0\nfull avg10=0.50 avg60=0.00 avg300=0.00 total=9\nsome avg10=0,50 avg60=0,00 avg300=0,00 total=0\nfull avg10=0.00 avg60=0.00 avg300=0.00 total=0\n", "psi.txt");
        Assert.Equal(["cpu", "cpu", "io", "io", "irq", "memory", "memory"], irq.Of<global::Analyzer.Families.Linux.Facts.Pressure>().Select(p => p.Resource));
        Assert.Equal(0.5, irq.Of<global::Analyzer.Families.Linux.Facts.Pressure>().ElementAt(5).Avg10);
        Assert.Equal("unknown", HostParse.Text(Parser, "some avg10=1.00 avg60=2.00 avg300=3.00 total=4\n", "psi.txt").One<global::Analyzer.Families.Linux.Facts.Pressure>().Resource);
    }

    [Fact]
    public void Garbage_fails()
    {
        Assert.Equal(InputStatus.Failed, HostParse.Text(Parser, "some text\n").Status);
        Assert.Equal("psi", HostParse.Winner("pressure/memory", "some avg10=0.00 avg60=0.00 avg300=0.00 total=0\n"));
    }
}

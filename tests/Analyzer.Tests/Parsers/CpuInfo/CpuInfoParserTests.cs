using Analyzer.Families.Linux.Facts;
using Analyzer.Inventory;
using Analyzer.Families.Linux.Parsers.CpuInfo;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.Parsers.CpuInfo;

/// <summary>/proc/cpuinfo counted by its per-CPU `processor : N` lines.</summary>
public sealed class CpuInfoParserTests
{
    private static readonly CpuInfoParser Parser = new();

    [Fact]
    public void Real_x86_cpuinfo()
    {
        var run = HostParse.Sample(Parser, "CpuInfo", "linux618_x86_cpuinfo.txt");
        Assert.Equal(InputStatus.Parsed, run.Status);
        var cpus = run.One<HostCpus>();
        Assert.Equal((2L, "", 1), (cpus.Cpus, cpus.Kernel, cpus.Provenance.Line!.Value));
        Assert.Equal("cpuinfo", HostParse.Winner("proc/cpuinfo", HostParse.SampleText("CpuInfo", "linux618_x86_cpuinfo.txt")));
    }

    [Fact]
    public void Arm_model_line_first()
    {
        const string text = "Processor\t: ARMv7 Processor rev 4 (v7l)\nprocessor\t: 0\nBogoMIPS\t: 38.40\n\nprocessor\t: 1\nBogoMIPS\t: 38.40\n\nprocessor\t: 2\nBogoMIPS\t: 38.40\n\nprocessor\t: 3\nBogoMIPS\t: 38.40\n\nHardware\t: BCM2835\n";
        Assert.Equal("cpuinfo", HostParse.Winner("cpuinfo", text));
        Assert.Equal(4L, HostParse.Text(Parser, text).One<HostCpus>().Cpus);
    }

    [Fact]
    public void Garbage_fails()
    {
        Assert.Equal(InputStatus.Failed, HostParse.Text(Parser, "processors are many\n").Status);
        Assert.Null(HostParse.Winner("notes", "the processor: fast\n"));
    }
}

using Analyzer.Families.Linux.Facts;
using Analyzer.Families.Linux.Parsers.CpuInfo;
using Analyzer.Families.Linux.Parsers.Free;
using Analyzer.Families.Lustre.Parsers.Ftrace;
using Analyzer.Families.Linux.Parsers.Iostat;
using Analyzer.Families.Linux.Parsers.KernelLog;
using Analyzer.Families.Linux.Parsers.LoadAvg;
using Analyzer.Families.Linux.Parsers.Meminfo;
using Analyzer.Families.Linux.Parsers.Pressure;
using Analyzer.Families.Linux.Parsers.ProcStack;
using Analyzer.Families.Linux.Parsers.ProcStatus;
using Analyzer.Families.Linux.Parsers.Ps;
using Analyzer.Families.Linux.Parsers.Sosreport;
using Analyzer.Families.Linux.Parsers.Top;
using Analyzer.Families.Linux.Parsers.Vmstat;
using Analyzer.Families.Linux.Sections;

namespace Analyzer.Families.Linux;

/// <summary>
/// The Linux host: kernel logs, processes (ps, top, /proc), resource statistics (iostat, vmstat, free, PSI, load),
/// and sosreport manifests (rules/linux/, LNX….).
/// </summary>
internal static class LinuxFamily
{
    public static EvidenceFamily Descriptor { get; } = new()
    {
        Name = "linux",
        Folder = "Linux",
        RulePrefix = "LNX",
        Parsers =
        [
            new(130, new SosManifestParser()),
            new(160, new KernelLogParser()),
            new(240, new IostatParser()),
            new(250, new PsParser()),
            new(260, new ProcStackParser()),
            new(270, new ProcStatusParser()),
            new(280, new TopParser()),
            new(290, new VmstatParser()),
            new(300, new FreeParser()),
            new(310, new MeminfoParser()),
            new(320, new PressureParser()),
            new(330, new LoadAvgParser()),
            new(340, new CpuInfoParser()),
        ],
        Sections =
        [
            new(80, new KernelReportsSection()),
            new(90, new BlockDeviceErrorsSection()),
            new(160, new DStateSection()),
            new(170, new KernelStacksSection()),
            new(180, new DiskStatsSection()),
        ],
        Symptoms =
        [
            "d-state-process", "kernel-wait-stuck", "kernel-hung-task", "kernel-oops", "kernel-panic", "soft-lockup", "rcu-stall",
            "oom-kill", "memory-pressure", "cpu-saturation", "disk-saturation", "disk-latency", "disk-errors",
        ],
        Sources = [KernelSources.KernelLog, HostSources.Processes, HostSources.Resources, SosSources.Manifest],
    };
}

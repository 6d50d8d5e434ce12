namespace Analyzer.Detection;

/// <summary>Every format the analyzer reads, in priority order. Adding a format is one line here.</summary>
public static class ParserRegistry
{
    public static IReadOnlyList<IFormatParser> Default { get; } =
    [
        new Parsers.GoStacks.GoStacksParser(),
        new Parsers.GoStacks.GoProfileTextParser(),
        new Parsers.PprofProto.PprofProtoParser(),
        new Parsers.GoMemStats.ExpvarParser(),
        new Parsers.GoMemStats.HeapProfileTextParser(),
        new Parsers.LustreDebug.LustreDebugParser(),
        new Parsers.Ftrace.FtraceParser(),
        new Parsers.Arcstats.ArcstatsParser(),
        new Parsers.Arcstat.ArcstatParser(),
        new Parsers.ZpoolIostat.ZpoolIostatParser(),
        new Parsers.ZfsDbgmsg.DbgmsgParser(),
        new Parsers.ZfsDbgmsg.TxgsParser(),
        new Parsers.Sosreport.SosManifestParser(),
        new Parsers.GoContention.ContentionTextParser(),
        new Parsers.IpfsDiagSys.IpfsDiagSysParser(),
        new Parsers.KernelLog.KernelLogParser(),
        new Parsers.PerfScript.PerfScriptParser(),
        new Parsers.FoldedStacks.FoldedStacksParser(),
        new Parsers.JuiceFsAccessLog.JuiceFsAccessLogParser(),
        new Parsers.JuiceFsClientLog.JuiceFsClientLogParser(),
        new Parsers.JuiceFsStats.JuiceFsStatsParser(),
        new Parsers.JuiceFsDebugInfo.JuiceFsDebugInfoParser(),
        new Parsers.JuiceFsProfile.JuiceFsProfileParser(),
        new Parsers.Iostat.IostatParser(),
        new Parsers.Ps.PsParser(),
        new Parsers.ProcStack.ProcStackParser(),
        new Parsers.ProcStatus.ProcStatusParser(),
        new Parsers.Top.TopParser(),
        new Parsers.Vmstat.VmstatParser(),
        new Parsers.Free.FreeParser(),
        new Parsers.Meminfo.MeminfoParser(),
        new Parsers.Pressure.PressureParser(),
        new Parsers.LoadAvg.LoadAvgParser(),
        new Parsers.CpuInfo.CpuInfoParser(),
    ];
}

using Analyzer.Families.Go.Facts;
using Analyzer.Families.Go.Parsers.FoldedStacks;
using Analyzer.Families.Go.Parsers.GoContention;
using Analyzer.Families.Go.Parsers.GoMemStats;
using Analyzer.Families.Go.Parsers.GoStacks;
using Analyzer.Families.Go.Parsers.IpfsDiagSys;
using Analyzer.Families.Go.Parsers.PerfScript;
using Analyzer.Families.Go.Parsers.PprofProto;
using Analyzer.Families.Go.Parsers.ServiceLog;
using Analyzer.Families.Go.Sections;

namespace Analyzer.Families.Go;

/// <summary>Go services: goroutine dumps, pprof and perf/folded profiles, runtime statistics (rules/go/, GO….).</summary>
internal static class GoFamily
{
    public static EvidenceFamily Descriptor { get; } = new()
    {
        Name = "go",
        Folder = "Go",
        RulePrefix = "GO",
        Parsers =
        [
            new(10, new GoStacksParser()),
            new(20, new GoProfileTextParser()),
            new(30, new PprofProtoParser()),
            new(40, new ExpvarParser()),
            new(50, new HeapProfileTextParser()),
            new(140, new ContentionTextParser()),
            new(150, new IpfsDiagSysParser()),
            new(170, new PerfScriptParser()),
            new(180, new FoldedStacksParser()),
            // Last of all: any leveled log no specific reader claimed (a JuiceFS client log is also leveled).
            new(900, new ServiceLogParser()),
        ],
        Sections =
        [
            new(10, new GoroutineGroupsSection()),
            new(70, new ProfileTopSection()),
        ],
        Symptoms =
        [
            "go-lock-contention", "go-deadlock", "go-goroutine-leak", "go-channel-block", "go-io-wait-stall",
            "go-panic", "go-fatal-error", "go-gc-pressure", "go-heap-growth", "cpu-hotspot", "cgo-syscall-bound", "go-data-race", "go-long-wait", "go-recovered-panic", "service-log-errors",
        ],
        Sources = [GoSources.Stacks, GoSources.Profiles, GoSources.Runtime, GoSources.ServiceLog],
    };
}

using Analyzer.Rules.Facts;

namespace Analyzer.Families.Go.Facts;

/// <summary>
/// A service's leveled log (logfmt `level=error`, JSON `"level":"error"`, zap's tab-separated console lines, klog's
/// `E1203 …`, `2026-12-03 05:10:01 ERROR …`) counted by level: what a reader scrolls through to see whether errors pile up.
/// </summary>
[FactRecord("ServiceLogSummary", GoSources.ServiceLog, Description = "Lines of a leveled service log counted by level")]
public sealed record ServiceLogSummary : IFact
{
    public required Provenance Provenance { get; init; }

    [Field("Bundle path")] public required string Path { get; init; }
    [Field("How its lines carry a level: logfmt, json, console (zap's tab-separated), klog or plain (a level word after the time)")] public required string Layout { get; init; }
    [Field("Non-blank lines")] public long Lines { get; init; }
    [Field("Lines that carry a level")] public long Leveled { get; init; }
    [Field("Lines at error level (ERROR, ERR, E…)")] public long Errors { get; init; }
    [Field("Lines at fatal, critical, panic, alert or emergency level")] public long Fatals { get; init; }
    [Field("Lines at warning level")] public long Warnings { get; init; }
    [Field("Distinct error and fatal message patterns (numbers, ids and paths blanked)")] public long ErrorPatterns { get; init; }
}

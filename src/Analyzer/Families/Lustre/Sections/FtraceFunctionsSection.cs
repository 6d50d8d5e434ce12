using Analyzer.Reporting;
using Analyzer.Reporting.Sections;
using System.Globalization;
using Analyzer.Families.Linux.Facts;
using Analyzer.Families.Lustre.Facts;
using Analyzer.Rules.Facts;

namespace Analyzer.Families.Lustre.Sections;

/// <summary>The slowest functions of function_graph traces: longest single call first, then total time.</summary>
internal sealed class FtraceFunctionsSection : IReportSection
{
    private const int MaxRows = 15;

    public ReportTable? Build(FactSet facts)
    {
        var timed = facts.Of<FtraceFunction>().Where(f => f.Max > TimeSpan.Zero).ToList();
        if (timed.Count == 0) return null;
        var ordered = timed
            .OrderByDescending(f => f.Max)
            .ThenByDescending(f => f.Total)
            .ThenBy(f => f.Function, StringComparer.Ordinal)
            .ToList();
        var rows = ordered.Take(MaxRows).Select(f => (IReadOnlyList<string>)
        [
            f.Function,
            f.Calls.ToString(CultureInfo.InvariantCulture),
            TraceDurationText.Format(f.Max),
            TraceDurationText.Format(f.Total),
            f.MaxPid is { } pid ? $"{f.MaxComm}-{pid.ToString(CultureInfo.InvariantCulture)}" : "",
            f.MaxCpu.ToString(CultureInfo.InvariantCulture),
            f.Provenance.ToString(),
        ]).ToList();
        return new ReportTable(
            "Slowest traced functions (ftrace)",
            "Function calls timed by the function_graph tracer; an enclosing call includes the time of the calls it waits on.",
            ["Function", "Calls", "Longest call", "Total", "Task of the longest", "CPU", "Longest at"],
            rows,
            ordered.Count > MaxRows ? $"{ordered.Count - MaxRows} more timed functions not shown." : null);
    }
}

using Analyzer.Reporting;
using Analyzer.Reporting.Sections;
using Analyzer.Families.JuiceFs.Facts;
using Analyzer.Rules.Facts;
using static Analyzer.Families.JuiceFs.Sections.JuiceFsText;

namespace Analyzer.Families.JuiceFs.Sections;

/// <summary>
/// Per-operation statistics of each access log, laid out like `juicefs profile` (Count, Average(us), Total(us),
/// Percent(%)) plus errors and latency percentiles; heaviest total latency first.
/// </summary>
internal sealed class JuiceFsOperationsSection : IReportSection
{
    private const int MaxRows = 30;

    public ReportTable? Build(FactSet facts)
    {
        var ops = facts.Of<JuiceFsAccessOp>().ToList();
        if (ops.Count == 0) return null;
        var summaries = facts.Of<JuiceFsAccessSummary>().ToList();
        var ordered = ops.OrderBy(o => o.Path, StringComparer.Ordinal).ThenByDescending(o => o.Total).ThenBy(o => o.Op, StringComparer.Ordinal).ToList();
        var rows = ordered.Take(MaxRows).Select(o => (IReadOnlyList<string>)
        [
            o.Path,
            o.Op,
            Int(o.Count),
            o.Errors == 0 ? "0" : $"{Int(o.Errors)} ({o.TopErrno})",
            Int(o.Count == 0 ? 0 : o.Mean.Ticks / 10),
            Micros(o.Total),
            Number(o.Percent, "0.0"),
            Latency(o.P50),
            Latency(o.P90),
            Latency(o.P99),
            Latency(o.Max),
            o.SlowestLine > 0 ? $"{o.Path}:{o.SlowestLine}" : "",
        ]).ToList();
        var description = string.Join(" ", summaries.OrderBy(s => s.Path, StringComparer.Ordinal).Select(s =>
            $"{s.Path}: {Int(s.Records)} records ({s.Variant}) from {s.First} to {s.Last} ({Number(s.Rate, "0.#")}/s), {Int(s.Errors)} failed."))
            + " Percent is total latency over the log's span, as `juicefs profile` computes it (over 100 with concurrency);"
            + " p50/p90/p99 come from a log-bucketed histogram, within 1% of the exact value.";
        return new ReportTable(
            "JuiceFS operations (access log)",
            description,
            ["Log", "Operation", "Count", "Errors", "Average(us)", "Total(us)", "Percent(%)", "p50", "p90", "p99", "Max", "Slowest"],
            rows,
            ordered.Count > MaxRows ? $"{ordered.Count - MaxRows} more operations not shown." : null);
    }
}

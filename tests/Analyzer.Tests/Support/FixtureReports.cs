using System.Collections.Concurrent;
using Analyzer.Pipeline;
using Analyzer.Reporting;

namespace Analyzer.Tests.Support;

/// <summary>Each fixture's report model, built once per test run for the tests that render it in several formats.</summary>
internal static class FixtureReports
{
    private static readonly ConcurrentDictionary<string, Lazy<ReportModel>> Cache = new(StringComparer.Ordinal);

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var bundle in RepoPaths.FixtureBundles())
            data.Add(Path.GetFileName(bundle));
        return data;
    }

    public static ReportModel Of(string fixture) =>
        Cache.GetOrAdd(fixture, f => new Lazy<ReportModel>(() => Analysis.Run(Path.Combine(RepoPaths.Fixtures, f), ShippedRules.Rules))).Value;
}

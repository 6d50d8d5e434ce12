using Analyzer.Pipeline;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.Parsers.JuiceFsDebugInfo;

/// <summary>Every file of a `juicefs debug` bundle reaches its parser, and the report carries the JuiceFS tables.</summary>
public sealed class DebugBundleLayoutTests
{
    [Fact]
    public void Each_file_of_the_debug_bundle_goes_to_its_parser()
    {
        var report = Analysis.Run(Path.Combine(RepoPaths.Fixtures, "juicefs-slow-object-store"), ShippedRules.Rules);
        var formats = report.Inputs.Where(i => i.Path.StartsWith("tmp-jfs-", StringComparison.Ordinal))
            .ToDictionary(i => i.Path[(i.Path.IndexOf('/') + 1)..], i => i.Format);
        Assert.Equal("juicefs-accesslog", formats["tmp-jfs.accesslog"]);
        Assert.Equal("juicefs-log", formats["juicefs.log"]);
        Assert.Equal("juicefs-stats", formats["stats.txt"]);
        Assert.Equal("juicefs-stats", formats["stats.5s.txt"]);
        Assert.Equal("juicefs-debug-info", formats["config.txt"]);
        Assert.Equal("juicefs-debug-info", formats["system-info.log"]);
        Assert.All(report.Inputs.Where(i => i.Path.StartsWith("tmp-jfs-", StringComparison.Ordinal)), i => Assert.Empty(i.Problems));
        var titles = report.Tables.Select(t => t.Title).ToList();
        Assert.Contains("JuiceFS operations (access log)", titles);
        Assert.Contains("JuiceFS access rate over time", titles);
        Assert.Contains("JuiceFS client log warnings and errors", titles);
        var stats = Assert.Single(report.Tables, t => t.Title == "JuiceFS .stats rates");
        var row = Assert.Single(stats.Rows);
        Assert.Equal("5s", row[1]);     // stats.5s.txt minus stats.txt over their uptimes
        Assert.Equal("3", row[8]);      // object request errors in between
    }
}

using System.Globalization;
using System.Text;
using Analyzer.Pipeline;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.Parsers.PerfScript;

/// <summary>perf and folded profiles reach the CPU rules through the same facts as Go CPU profiles.</summary>
public sealed class PerfProfileRuleTests
{
    [Fact]
    public void Busy_cpu_clock_profile_fires_the_cpu_hotspot_rule()
    {
        // 400 samples of 5 ms CPU each over one second of wall time: two cores busy, 75% in crc32_update.
        var text = new StringBuilder();
        for (var i = 0; i < 400; i++)
        {
            var time = (1000 + i * 0.0025).ToString("F6", CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture, $"packer {900 + i % 2} [00{i % 2}] {time}:    5000000 cpu-clock: \n");
            text.Append(i % 4 == 0 ? "\t            1a00 memcpy+0x10 (/usr/lib/libc.so.6)\n" : "\t            1b00 crc32_update+0x42 (/opt/packer)\n");
            text.Append("\t            1c00 pack_block+0x20 (/opt/packer)\n\t            1d00 main+0x30 (/opt/packer)\n\n");
        }
        var result = Analyze("perf.script.txt", text.ToString());
        var finding = Assert.Single(result.Findings, f => f.RuleId == "GO0008");
        Assert.Contains("`crc32_update` spends 75% of the CPU time in `perf.script.txt`", finding.Message, StringComparison.Ordinal);
        Assert.Contains("used 2 cores", finding.Message, StringComparison.Ordinal);
        Assert.Contains(finding.Evidence, e => e.Path == "perf.script.txt" && e.Line == 7); // the first sample ending in it
        Assert.Equal("performance-cpu", result.Verdict);
    }

    [Fact]
    public void Folded_stacks_have_no_duration_so_the_cpu_rules_stay_quiet()
    {
        var result = Analyze("out.folded", "packer;main;pack_block;crc32_update 300\npacker;main;pack_block;memcpy 100\n");
        Assert.DoesNotContain(result.Findings, f => f.RuleId is "GO0008" or "GO0009");
        Assert.Contains(result.Tables, t => t.Title == "Profile out.folded (cpu) — top functions");
        Assert.Single(result.FlameGraphs);
    }

    private static Analyzer.Reporting.ReportModel Analyze(string name, string content)
    {
        var dir = Directory.CreateTempSubdirectory("perf-rules-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, name), content);
            return Analysis.Run(dir.FullName, ShippedRules.Rules);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}

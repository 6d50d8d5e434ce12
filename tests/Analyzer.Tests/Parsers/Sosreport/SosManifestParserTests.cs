using Analyzer.Detection;
using Analyzer.Families.Linux.Facts;
using Analyzer.Inventory;
using Analyzer.Families.Linux.Parsers.Sosreport;
using Analyzer.Pipeline;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.Parsers.Sosreport;

/// <summary>sos_reports/manifest.json: truncated, timed-out and failed outputs reach the inventory of the files they name.</summary>
public sealed class SosManifestParserTests
{
    private static readonly SosManifestParser Parser = new();
    private const string Top = "sosreport-host-2026-11-29-abcdef/";

    internal const string Manifest = """
        {
          "version": "4.5.0",
          "cmdline": "report --batch",
          "components": { "report": { "plugins": {
            "process": { "timeout_hit": false, "commands": [
              { "command": "ps", "exec": "ps auxwww", "filepath": "sos_commands/process/ps_auxwww", "truncated": false, "return_code": 0 },
              { "command": "iotop", "exec": "iotop -b -o -d 0.5 -t -n 20", "filepath": null, "return_code": 127 },
              { "command": "lsof", "exec": "lsof -b +M -n -l -c ''", "filepath": "sos_commands/process/lsof_-b_M_-n_-l_-c", "truncated": true, "return_code": 0 }
            ], "files": [] },
            "zfs": { "timeout_hit": true, "commands": [
              { "command": "zpool", "exec": "zpool events -v", "filepath": "sos_commands/zfs/zpool_events_-v", "truncated": false, "return_code": 124 },
              { "command": "zpool", "exec": "zpool status -vx", "filepath": "sos_commands/zfs/zpool_status_-vx", "truncated": false, "return_code": 1 }
            ], "files": [ { "specification": "/proc/spl/kstat/zfs/arcstats", "files_copied": ["proc/spl/kstat/zfs/arcstats"] } ] }
          } } }
        }
        """;

    [Fact]
    public void Incomplete_outputs_become_issues_with_bundle_paths()
    {
        var run = ParserRun.Text(Parser, Manifest, Top + "sos_reports/manifest.json");
        Assert.Equal(InputStatus.Parsed, run.Context.Status);
        var issues = run.Of<SosCollectionIssue>().ToList();
        Assert.Equal(["failed", "plugin-timeout", "timeout", "truncated"], issues.Select(i => i.Issue).Order(StringComparer.Ordinal));
        var lsof = Assert.Single(issues, i => i.Issue == "truncated");
        Assert.Equal(Top + "sos_commands/process/lsof_-b_M_-n_-l_-c", lsof.Target);
        Assert.Equal(8, lsof.Provenance.Line);
        var events = Assert.Single(issues, i => i.Issue == "timeout");
        Assert.Equal((124L, "zfs"), (events.ReturnCode!.Value, events.Plugin));
        Assert.Equal(Top + "sos_reports/manifest.json", Assert.Single(issues, i => i.Issue == "plugin-timeout").Target);
        Assert.DoesNotContain(issues, i => i.Command.StartsWith("iotop", StringComparison.Ordinal));
    }

    [Fact]
    public void The_pipeline_marks_the_named_files_partial_whatever_the_entry_order()
    {
        using var dir = new Bundles.TempDirectory();
        void Write(string rel, string text) => dir.Write(Top + rel, System.Text.Encoding.UTF8.GetBytes(text));
        Write("sos_reports/manifest.json", Manifest);
        Write("sos_commands/process/ps_auxwww", "USER PID\n");
        Write("sos_commands/process/lsof_-b_M_-n_-l_-c", "COMMAND PID\n");
        Write("sos_commands/zfs/zpool_events_-v", "TIME CLASS\n");
        var inventory = BundleFactReader.Read(dir.Root).Inventory.ToDictionary(r => r.Path);
        var lsof = inventory[Top + "sos_commands/process/lsof_-b_M_-n_-l_-c"];
        Assert.Contains(lsof.Problems, p => p.Contains("truncated the output of `lsof", StringComparison.Ordinal));
        Assert.Contains(inventory[Top + "sos_commands/zfs/zpool_events_-v"].Problems, p => p.Contains("timed out", StringComparison.Ordinal));
        var manifest = inventory[Top + "sos_reports/manifest.json"];
        Assert.Equal(InputStatus.Partial, manifest.Status);
        Assert.Contains(manifest.Problems, p => p.Contains("plugin `zfs` hit its timeout", StringComparison.Ordinal));
        Assert.Contains(manifest.Problems, p => p.Contains("zpool_status_-vx (not in the bundle)", StringComparison.Ordinal));
        Assert.DoesNotContain(inventory[Top + "sos_commands/process/ps_auxwww"].Problems, p => p.Contains("sos", StringComparison.Ordinal));
    }

    [Fact]
    public void Fifty_thousand_timed_out_entries_are_read_in_linear_time()
    {
        // The fixture manifest's timed-out command repeated 50,000 times, with no output in the bundle: each note landed
        // on the manifest's record, whose problem list was copied per note (18.7 s before, quadratic); the evidence
        // look-up rescanned the file for a value not ahead of the last hit.
        var entry = """{ "command": "zpool", "filepath": "sos_commands/zfs/f", "return_code": 124 }""";
        var commands = string.Join(",\n", Enumerable.Range(0, 50_000).Select(i => entry.Replace("/f\"", $"/f{i}\"", StringComparison.Ordinal)));
        var manifest = Manifest.Replace("""{ "command": "zpool", "exec": "zpool status -vx", "filepath": "sos_commands/zfs/zpool_status_-vx", "truncated": false, "return_code": 1 }""",
            commands, StringComparison.Ordinal);
        using var dir = new Bundles.TempDirectory();
        dir.Write(Top + "sos_reports/manifest.json", System.Text.Encoding.UTF8.GetBytes(manifest));

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var read = BundleFactReader.Read(dir.Root);
        Assert.InRange(clock.Elapsed.TotalSeconds, 0, 10);

        var record = Assert.Single(read.Inventory, r => r.Path.EndsWith("manifest.json", StringComparison.Ordinal));
        Assert.Equal(50_000 + 2, record.Problems.Count(p => p.Contains("(not in the bundle)", StringComparison.Ordinal)));
        var issues = read.Facts.Of("SosCollectionIssue").Cast<SosCollectionIssue>().Where(i => i.Target.Contains("/f", StringComparison.Ordinal)).ToList();
        Assert.Equal(50_000, issues.Count);
        // Each cites its own line: the look-up moves on from the last hit.
        Assert.True(issues.Select(i => i.Provenance.Line ?? 0).SequenceEqual(Enumerable.Range(12, 50_000)));
    }

    [Theory]
    [InlineData("""[1, 2]""")]
    [InlineData("""{ "components": [] }""")]
    [InlineData("""{ "components": { "report": "x" } }""")]
    [InlineData("""{ "components": { "report": { "plugins": { "p": { "commands": [ { "exec": "x", "filepath": "f", "return_code": "124" } ] } } } } }""")]
    [InlineData("""{ "components": { "report": { "plugins": { "p": { "commands": [ { "exec": "x", "filepath": "f", "return_code": 1e300 } ] } } } } }""")]
    public void Wrong_json_types_give_a_reason_not_an_exception(string manifest)
    {
        var run = ParserRun.Text(Parser, manifest, Top + "sos_reports/manifest.json");
        Assert.All(run.Context.Problems, p => Assert.DoesNotContain("Exception", p, StringComparison.Ordinal));
        Assert.All(run.Context.Problems, p => Assert.DoesNotContain("requested operation", p, StringComparison.Ordinal));
    }

    [Fact]
    public void Evidence_lines_follow_repeated_values_in_order()
    {
        var manifest = Manifest.Replace("\"return_code\": 1 }", "\"return_code\": 1 },\n              { \"exec\": \"zpool events -v\", \"filepath\": \"sos_commands/zfs/again\", \"return_code\": 124 }", StringComparison.Ordinal);
        var run = ParserRun.Text(Parser, manifest, Top + "sos_reports/manifest.json");
        var lines = run.Of<SosCollectionIssue>().Where(i => i.Command == "zpool events -v").Select(i => i.Provenance.Line).ToList();
        Assert.Equal([11, 13], lines);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("{\"version\": \"4.0\"}")]
    [InlineData("")]
    public void Broken_manifests_fail_with_a_reason(string text)
    {
        var run = ParserRun.Text(Parser, text, Top + "sos_reports/manifest.json");
        Assert.Equal(InputStatus.Failed, run.Context.Status);
        Assert.Single(run.Context.Problems);
    }

    [Fact]
    public void Detection_is_by_sos_path()
    {
        Assert.Equal(DetectionConfidence.ContentAtStart, ParserRun.Detect(Parser, Top + "sos_reports/manifest.json", Manifest));
        Assert.Equal(DetectionConfidence.None, ParserRun.Detect(Parser, "app/manifest.json", Manifest));
        Assert.Equal("proc/spl/kstat/zfs/arcstats", SosLayout.HostPath(Top + "proc/spl/kstat/zfs/arcstats"));
        Assert.Equal("var/log/kern.log", SosLayout.HostPath("outer.tar.xz/" + Top + "var/log/kern.log"));
        Assert.Equal("etc/x", SosLayout.HostPath("etc/x"));
        Assert.True(SosLayout.IsCommandOutput("sos_commands/zfs/zpool_iostat_-vl_5_2", "zfs", "zpool_iostat"));
        Assert.False(SosLayout.IsCommandOutput("sos_commands/zfs/sub/zpool_iostat", "zfs", "zpool_iostat"));
    }

    [Fact]
    public void Zfs_outputs_in_a_sosreport_reach_their_parsers_by_layout()
    {
        using var dir = new Bundles.TempDirectory();
        var fixture = Path.Combine(RepoPaths.Fixtures, "zfs-slow-vdev");
        // sos names command outputs after the command line, without extensions; the kstats keep their /proc paths.
        dir.Write(Top + "sos_commands/zfs/zpool_iostat_-vl_5_3", File.ReadAllBytes(Path.Combine(fixture, "zpool-iostat-vl.txt")));
        dir.Write(Top + "sos_commands/zfs/arcstat_1_10", File.ReadAllBytes(Path.Combine(fixture, "arcstat.txt")));
        dir.Write(Top + "proc/spl/kstat/zfs/arcstats", File.ReadAllBytes(Path.Combine(fixture, "arcstats")));
        dir.Write(Top + "proc/spl/kstat/zfs/tank/txgs", File.ReadAllBytes(Path.Combine(RepoPaths.Fixtures, "zfs-txg-stall", "proc", "spl", "kstat", "zfs", "tank", "txgs")));
        dir.Write(Top + "proc/spl/kstat/zfs/dbgmsg", System.Text.Encoding.UTF8.GetBytes("5 0 0x01 -1 0 1 2\ntimestamp    message \n"));
        var formats = BundleFactReader.Read(dir.Root).Inventory.ToDictionary(r => r.Path[Top.Length..], r => r.Format);
        Assert.Equal("zpool-iostat", formats["sos_commands/zfs/zpool_iostat_-vl_5_3"]);
        Assert.Equal("zfs-arcstat", formats["sos_commands/zfs/arcstat_1_10"]);
        Assert.Equal("zfs-arcstats", formats["proc/spl/kstat/zfs/arcstats"]);
        Assert.Equal("zfs-txgs", formats["proc/spl/kstat/zfs/tank/txgs"]);
        Assert.Equal("zfs-dbgmsg", formats["proc/spl/kstat/zfs/dbgmsg"]); // an empty buffer: recognised by its header
    }
}

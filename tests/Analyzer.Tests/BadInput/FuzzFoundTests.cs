using Analyzer.Families.Zfs.Facts;
using Analyzer.Families.Zfs.Parsers.ZfsDbgmsg;
using Analyzer.Inventory;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.BadInput;

/// <summary>
/// Crashes coverage-guided fuzzing found (fuzz/run.sh), each rebuilt as the smallest readable input that showed it.
/// </summary>
public sealed class FuzzFoundTests
{
    private const string DbgmsgHeader = "5 0 0x01 -1 0 2339237466 50123987654321\ntimestamp    message \n";

    [Fact]
    public void Zfs_spa_deadman_line_without_the_slow_sync_text_is_counted_not_sliced()
    {
        // fuzz zfs, 48 of 49 crashes: spa_deadman's message was cut at the length of "slow spa_sync: started ".
        var text = DbgmsgHeader + "1700000700   ffff8a1b2c3d4e00 spa_misc.c:660:spa_deadman(): hung\n";

        var run = ParserRun.Text(new DbgmsgParser(), text, "proc/spl/kstat/zfs/dbgmsg");

        Assert.Equal(InputStatus.Parsed, run.Context.Status);
        Assert.Equal(1, run.Single<ZfsTxgSync>().SlowSyncReports);
    }

    [Fact]
    public void Zfs_slow_sync_time_past_any_timespan_is_capped_and_said()
    {
        // fuzz zfs, 1 of 49 crashes: a damaged "slow spa_sync: started N seconds ago" overflowed TimeSpan.
        var text = DbgmsgHeader
            + "1700000700   ffff8a1b2c3d4e00 spa_misc.c:660:spa_deadman(): slow spa_sync: started 999999999999999999 seconds ago, calls 1\n";

        var run = ParserRun.Text(new DbgmsgParser(), text, "proc/spl/kstat/zfs/dbgmsg");

        Assert.Equal(InputStatus.Partial, run.Context.Status);
        Assert.Contains(run.Context.Problems, p => p.Contains("longer than any real duration", StringComparison.Ordinal));
        Assert.True(run.Single<ZfsTxgSync>().MaxSync > TimeSpan.FromDays(365 * 1000));
    }

    [Fact]
    public void Zip_with_a_damaged_central_directory_fails_the_archive_without_an_exception()
    {
        // Found by ArchiveMutationPropertyTests (byte 3920 ^= 253): ZipArchive reads its central directory on first use
        // of Entries and threw InvalidDataException out of the bundle reader.
        var zip = Bundles.ArchiveMutationPropertyTests.Build("zip");
        zip[3920] ^= 253;
        using var temp = new Bundles.TempDirectory();
        var sink = new Bundles.RecordingSink();

        Analyzer.Bundles.BundleReader.Read(temp.Write("bundle.zip", zip), sink);

        Assert.Equal(InputStatus.Failed, sink.Problem("bundle.zip").Status);
    }

    [Fact]
    public void Rule_file_yamldotnet_cannot_represent_is_a_diagnostic_not_a_crash()
    {
        // fuzz rules, 1 crash: a mutated shipped rule made YamlStream.Load throw ArgumentException.
        var bytes = Convert.FromBase64String("aWQ6IFZSBDAwMDIKdGl0bGU6ICJlbGYiCmRlc2NyaXB0aW9uOiA+LQogIFQpLgp0YWdzOiBbdmV0XQptYXRjaDoKICBmOiB7IGZhY3Q6IEZpbmRpbmcsIHdoZXJlOiAiZi5zeW1wdG9tIGluIFsnZ28tbG9jay1jb250ZW50aW9uJywgJ2dvLWNoYW5uZWwtYmxvY2snLCAnZ28tZ29yb3V0aW5lLWxlYWsnLCAnZ28taW8td2FpdC1zdGFsbCddICYmIGYuc2V2ZXJpdHkgIT0gJ25vdGUnIiB9KmFnZ3JlZ2F0ZToKICBuOiBjb3VudCgpCiAgZmlyc3Q6IG1pbihmLnRpdGxlKQpoYXZpbmc6ICJuID4gMCIKZGVyaXZlOgogIGZhY3Q6IFZlcmRpY3RDYW5kaWRhdGUKICBzZXQ6CiAgICB2ZXJkaWN0OiAiJ3VzZXJzcGFjZS1sb2NrdXAnIgogICAgcmFuazogIjgwIgogICAgcmVhc29uOiAiJ3RoZSBwcm9vbiBpdHNlbGY6ICcgKyBmaXJzdCArIChuID4gMSA/ICcgKGFuZCAnICsgc3RyaW5nKG4gLSAxKSArICcgbW9yZSBmaW5kaW5nKHMpKScgOiAnJykgKyAnLiciCnRlc3RzOgogIC0gbmFtZTogbG9jaWN0CiAgICBmYWN0czoKICAgICAgLSBGbmc6IHsgcnUsIHN5b3IsIGxvY2sgfQogICAgZXhwZWN0OiB7IGZpcmVzOiAxLCBmaWVsZHM6IHt1cCB9IH0KICAtIG5hbWU6IGEgbm90CiAgICBmYWN0czoKICAgICAgLSBGaWc6IAFzIH0KICAgIGV4cGVjdDogeyBmaXJlczogMCB9CiAgLSBuYW1lOiB0CiAgICBidW5kbGU6IGZpeG5nCiAgICBleHBlY3Q6IHsgZmlyZXM6IDEsIGZpZWxkczoge3VwIH0gfQo=");
        var loaded = LoadRuleFile(bytes, checkTestFacts: false);

        Assert.True(loaded.Diagnostics.HasErrors);
    }

    [Theory]
    [InlineData("      - [GoroutineGroup]: { state: x }\n")]
    [InlineData("      - GoroutineGroup: { [state]: x }\n")]
    [InlineData("      - GoroutineGroup: { ? { a: b }: x }\n")]
    [InlineData("      - GoroutineGroup: { frames: [ { function: f }: { function: g } ] }\n")]
    [InlineData("      - GoroutineGroup: { frames: [ { [function]: f } ] }\n")]
    public void Inline_test_fact_with_a_collection_as_type_or_field_name_is_a_diagnostic_not_a_crash(string fact)
    {
        // fuzz rules (hour run), 8 crashes: a sequence where an inline test fact's type or field name belongs was cast
        // to a scalar (InvalidCastException out of rules check); the rerun after that fix found the same cast one level
        // down, in a mapping nested in a field's value (a list item written `{...}: {...}`).
        var rule = "id: GO0901\ntitle: t\nsymptom: go-panic\nseverity: error\nmatch:\n  g: { fact: GoroutineGroup }\nmessage: \"{{g.state}}\"\n" +
                   "tests:\n  - name: t\n    facts:\n" + fact + "    expect: { fires: 1 }\n";
        var loaded = LoadRuleFile(System.Text.Encoding.UTF8.GetBytes(rule), checkTestFacts: false);

        var d = Assert.Single(loaded.Diagnostics.Items, d => d.Code == "TRI0103");
        Assert.Equal(11, d.Location.Line);
    }

    [Theory]
    [InlineData("match:\n  ? { a: b }: { fact: GoroutineGroup }\n", 6)]
    [InlineData("match:\n  g: { fact: GoroutineGroup }\naggregate:\n  [n]: count()\n", 8)]
    [InlineData("match:\n  g: { fact: GoroutineGroup }\nparams:\n  [p]: { type: int, default: 1 }\n", 8)]
    [InlineData("match:\n  g: { fact: GoroutineGroup }\ntests:\n  - name: t\n    facts: [ { ProfileStack: { rank: 99999999999 } } ]\n    expect: { fires: 0 }\n", 9)]
    [InlineData("match:\n  g: { fact: GoroutineGroup }\ntests:\n  - name: t\n    facts: [ { GoroutineGroup: { frames: [ { nosuch: 1 } ] } } ]\n    expect: { fires: 0 }\n", 9)]
    public void A_collection_where_a_name_belongs_or_a_value_a_field_cannot_hold_is_a_diagnostic_not_a_crash(string body, int line)
    {
        // fuzz rules (rerun, 2 crashes): a binding named by a mapping (`? where: ...` under match) was cast to a
        // scalar; every mapping key of a rule file is now read as a name or reported. An inline test value too wide
        // for its int field, or a nested field the record lacks, was an OverflowException or KeyNotFoundException.
        var rule = "id: GO0902\ntitle: t\nsymptom: go-panic\nseverity: error\n" + body + "message: \"m\"\n";
        var loaded = LoadRuleFile(System.Text.Encoding.UTF8.GetBytes(rule), checkTestFacts: true);

        Assert.Contains(loaded.Diagnostics.Items, d => d.Code is "TRI0103" or "TRI0204" && d.Location.Line == line);
    }

    [Theory]
    [InlineData("message: \"{{#if }}x{{/if}}\"\n", "'{{#if}}' needs a value")]
    [InlineData("message: \"{{#if g.state}}a{{else}}b{{else}}c{{/if}}\"\n", "a second '{{else}}' in '{{#if}}'")]
    public void A_template_block_handlebars_throws_on_is_a_diagnostic_not_a_crash(string message, string problem)
    {
        // fuzz rules (third rerun, 2 crashes): Handlebars.Net's compiler threw InvalidOperationException on an
        // '{{#if}}' without a value and ArgumentNullException on a second '{{else}}', past RuleTemplate's catch.
        var rule = "id: GO0903\ntitle: t\nsymptom: go-panic\nseverity: error\nmatch:\n  g: { fact: GoroutineGroup }\n" + message;
        var loaded = LoadRuleFile(System.Text.Encoding.UTF8.GetBytes(rule), checkTestFacts: false);

        Assert.Contains(loaded.Diagnostics.Items, d => d.Code == "TRI0112" && d.Location.Line == 7 && d.Message.Contains(problem, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("0000-01-31T00:00:00Z")]
    [InlineData("=== 0000-02-29 10:00:00 ===")]
    public void A_date_line_in_year_zero_is_no_capture_time_not_a_crash(string line)
    {
        // fuzz linux (hour run, 1 crash): an ISO date line of year 0000 between ps listings reached
        // DateTime.DaysInMonth, which throws outside 1..9999 (ArgumentOutOfRangeException out of the ps reader).
        Assert.Null(Analyzer.Text.CaptureStamp.TryParse(line));
        var ps = HostParse.Text(new Analyzer.Families.Linux.Parsers.Ps.PsParser(), line + "\n    PID STAT COMMAND\n      1 S    init\n", "ps.txt");
        Assert.NotEqual(Analyzer.Inventory.InputStatus.Failed, ps.Status);
        var stacks = HostParse.Text(new Analyzer.Families.Linux.Parsers.ProcStack.ProcStackParser(), line + "\n/proc/1\n[<0>] do_wait+0x53/0x120\n", "stacks.txt");
        Assert.NotEqual(Analyzer.Inventory.InputStatus.Failed, stacks.Status);
    }

    /// <summary>
    /// Loads <paramref name="bytes"/> as the one rule file of a rules folder, as `rules check` does: with templates
    /// compiled and, when asked, every inline test fact built against the catalog.
    /// </summary>
    private static Analyzer.Pipeline.RuleLoading.Loaded LoadRuleFile(byte[] bytes, bool checkTestFacts)
    {
        var dir = Directory.CreateTempSubdirectory("triage-fuzz-rule-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(dir, "go"));
            File.WriteAllBytes(Path.Combine(dir, "go", "fuzz.yaml"), bytes);
            var loaded = Analyzer.Pipeline.RuleLoading.Load([dir], verify: true);
            if (checkTestFacts)
                Analyzer.Rules.Testing.RuleTestRunner.CheckTestFacts(loaded.Definitions, Analyzer.Pipeline.BundleFactReader.Catalog, loaded.Diagnostics);
            return loaded;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}

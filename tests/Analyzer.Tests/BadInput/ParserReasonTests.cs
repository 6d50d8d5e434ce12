using System.Text;
using Analyzer.Inventory;

namespace Analyzer.Tests.BadInput;

/// <summary>
/// Issue 14's inputs that used to end `failed` with a .NET exception (now "a triage bug"): each is damage of the
/// input and ends `failed` or `partial` with a sentence saying what is wrong and where (line or byte offset).
/// Built from the fixtures by changing one value.
/// </summary>
public sealed class ParserReasonTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("triage-reasons-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Fixture(params string[] parts) => Path.Combine([Support.RepoPaths.Fixtures, .. parts]);

    private string Write(string relative, byte[] bytes)
    {
        var path = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static void AssertReason(InputRecord input, InputStatus status, params string[] parts)
    {
        Assert.True(input.Status == status, $"{input.Status}: {string.Join(" | ", input.Problems)}");
        Assert.Equal(status, input.Status);
        Assert.DoesNotContain(input.Problems, p => p.Contains("triage bug", StringComparison.Ordinal));
        Assert.Contains(input.Problems, p => parts.All(part => p.Contains(part, StringComparison.Ordinal)));
    }

    [Fact]
    public void Expvar_with_invalid_utf8_in_a_string_names_the_byte()
    {
        var bytes = File.ReadAllBytes(Fixture("go-gc-heavy", "vars.json"));
        var at = bytes.AsSpan().IndexOf("gcheavy"u8);
        bytes[at + 2] = 0xff;
        Write("vars.json", bytes);

        var run = FullRun.Of(_dir);

        AssertReason(run.Input("vars.json"), InputStatus.Failed, "is not valid UTF-8", $"at byte ");
    }

    [Fact]
    public void Sos_manifest_with_invalid_utf8_names_the_byte()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"version": "4.0", "components": {"report": {"plugins": {"ap@port": {"timeout_hit": true}}}}}""");
        bytes[Array.IndexOf(bytes, (byte)'@')] = 0xff;

        var run = Support.ParserRun.Bytes(new Analyzer.Families.Linux.Parsers.Sosreport.SosManifestParser(), bytes, "h/sos_reports/manifest.json");

        Assert.Equal(InputStatus.Failed, run.Context.Status);
        Assert.Contains($"not valid UTF-8 at byte {Array.IndexOf(bytes, (byte)0xff)}", string.Join("|", run.Context.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Sos_manifest_that_is_not_json_names_the_line()
    {
        Write("sosreport-h-1/sos_reports/manifest.json", Encoding.UTF8.GetBytes("{\n\"version\": \"4.0\",\n\"components\": }\n"));

        var run = FullRun.Of(_dir);

        AssertReason(run.Input("sosreport-h-1/sos_reports/manifest.json"), InputStatus.Failed, "not valid JSON", "(line 3, byte");
    }

    [Theory]
    [InlineData("INFO: task jbd2/dm-0-8:412 blocked for more than 999999999999999999 seconds.", "a hung-task time")]
    [InlineData("watchdog: BUG: soft lockup - CPU#1 stuck for 999999999999999999s! [kworker/1:1:123]", "a soft-lockup time")]
    public void Kernel_duration_past_any_timespan_is_kept_and_named_by_line(string header, string what)
    {
        var log = $"[    0.000000] Linux version 6.1.0-18-amd64\n[ 1234.567890] {header}\n";
        Write("dmesg.txt", Encoding.UTF8.GetBytes(log));

        var run = FullRun.Of(_dir);

        AssertReason(run.Input("dmesg.txt"), InputStatus.Partial, "line 2:", what, "999999999999999999 seconds");
    }

    [Fact]
    public void Lustre_record_with_a_timestamp_past_year_9999_is_left_out_and_named_by_line()
    {
        var lines = File.ReadAllText(Fixture("lustre-client-evicted", "lctl-dk.txt")).Split('\n');
        lines[2] = lines[2].Replace(":1773136800.", ":9999999999999.", StringComparison.Ordinal);
        Write("lctl-dk.txt", Encoding.UTF8.GetBytes(string.Join('\n', lines)));

        var run = FullRun.Of(_dir);

        AssertReason(run.Input("lctl-dk.txt"), InputStatus.Partial, "1 records have a timestamp past the year 9999", "line 3");
    }

    [Fact]
    public void JuiceFs_stats_with_nan_and_infinity_are_not_summed_and_are_named_by_line()
    {
        var source = Fixture("juicefs-healthy", "mnt-jfs-20250210080200");
        foreach (var file in Directory.GetFiles(source))
            Write(Path.Combine("mnt-jfs-20250210080200", Path.GetFileName(file)), File.ReadAllBytes(file));
        var stats = Path.Combine(_dir, "mnt-jfs-20250210080200", "stats.txt");
        var text = File.ReadAllText(stats);
        var line = text[..text.IndexOf("juicefs_blockcache_hits ", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        File.WriteAllText(stats, text
            .Replace("juicefs_blockcache_hits 1410", "juicefs_blockcache_hits NaN", StringComparison.Ordinal)
            .Replace("juicefs_blockcache_miss 611", "juicefs_blockcache_miss +Inf", StringComparison.Ordinal));

        var run = FullRun.Of(_dir);

        AssertReason(
            run.Input("mnt-jfs-20250210080200/stats.txt"), InputStatus.Partial,
            "2 metric lines hold NaN or an infinity", $"first on line {line}");
    }
}

using System.Text;
using Analyzer.Detection;
using Analyzer.Families.JuiceFs.Facts;
using Analyzer.Inventory;
using Analyzer.Families.JuiceFs.Parsers.JuiceFsProfile;
using Analyzer.Parsing;
using Analyzer.Rules.Facts;

namespace Analyzer.Tests.Parsers.JuiceFsProfile;

/// <summary>
/// `juicefs profile` screens, written with the format strings of cmd/profile.go `flush` (no real capture exists;
/// see formats.md §7.3): the last screen wins, terminal control codes are ignored.
/// </summary>
public sealed class ProfileParserTests
{
    private static string Screen(string head, params (string Key, long Count, long Total)[] rows)
    {
        var sb = new StringBuilder();
        sb.Append($"> JuiceFS Profiling {head,13}  Refresh: {3,0} seconds {"2025-01-21T12:07:31",20}\n\n[enter]Pause/Continue\n");
        sb.Append($"{"Operation",-14} {"Count",10} {"Average(us)",15} {"Total(us)",18} {"Percent(%)",14}\n");
        foreach (var (key, count, total) in rows)
            sb.Append(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{key,-14} {count,10} {(double)total / count,15:F0} {total,18} {total / 3e6 * 100,14:F1}\n"));
        return sb.ToString();
    }

    [Fact]
    public void The_last_screen_of_a_replay_becomes_rows()
    {
        var text = "\u001b[H\u001b[2J" + Screen("(replaying)", ("read", 10, 5000)) +
                   "\u001b[H\u001b[2J" + Screen("(replay done)", ("read", 1200, 2_400_000), ("lookup", 300, 45_000), ("getattr", 900, 90_000));
        var (rows, context) = Parse(text);
        Assert.Equal(InputStatus.Parsed, context.Status);
        Assert.Equal(["read", "lookup", "getattr"], rows.Select(r => r.Key));
        var read = rows[0];
        Assert.Equal((1200L, TimeSpan.FromMilliseconds(2), TimeSpan.FromSeconds(2.4), 80.0), (read.Count, read.Average, read.Total, read.Percent));
        Assert.Equal(10, read.Provenance.Line); // the second screen's first row
    }

    [Fact]
    public void Text_without_the_header_fails()
    {
        var (rows, context) = Parse("> JuiceFS Profiling\nnothing\n", expectRows: false);
        Assert.Empty(rows);
        Assert.Equal(InputStatus.Failed, context.Status);
    }

    [Fact]
    public void Detection_by_title_or_header()
    {
        var parser = new JuiceFsProfileParser();
        var bytes = Encoding.UTF8.GetBytes(Screen("(replay done)", ("read", 1, 1)));
        Assert.Equal(DetectionConfidence.ContentAtStart, parser.Detect(new EntryProbe("profile.txt", bytes, true)));
        Assert.Equal(DetectionConfidence.None, parser.Detect(new EntryProbe("profile.txt", "Operation Count\n"u8.ToArray(), true)));
    }

    private static (List<JuiceFsProfileRow> Rows, ParseContext Context) Parse(string text, bool expectRows = true)
    {
        var facts = new List<IFact>();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        var context = new ParseContext("profile.txt", stream, facts.Add);
        new JuiceFsProfileParser().Parse(context);
        var rows = facts.OfType<JuiceFsProfileRow>().ToList();
        if (expectRows) Assert.NotEmpty(rows);
        return (rows, context);
    }

    [Fact]
    public void A_captured_profile_in_a_bundle_becomes_a_report_table()
    {
        using var dir = new Analyzer.Tests.Bundles.TempDirectory();
        dir.Write("profile.txt", Encoding.UTF8.GetBytes(Screen("(replay done)", ("read", 1200, 2_400_000), ("lookup", 300, 45_000))));
        var report = Analyzer.Pipeline.Analysis.Run(dir.Root, Analyzer.Tests.Support.ShippedRules.Rules);
        var table = Assert.Single(report.Tables, t => t.Title == "JuiceFS profile (captured)");
        Assert.Equal(["profile.txt", "read", "1200", "2000", "2400000", "80.0"], table.Rows[0]);
    }
}

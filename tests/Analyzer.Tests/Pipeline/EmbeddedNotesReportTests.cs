using System.Text.Json;
using Analyzer.Pipeline;
using Analyzer.Reporting;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.Pipeline;

/// <summary>What a scanner found inside a claimed log shows in the JSON inventory as notes, and only there.</summary>
public sealed class EmbeddedNotesReportTests
{
    [Fact]
    public void The_JSON_inventory_lists_the_note_on_the_claimed_log_and_no_notes_elsewhere()
    {
        var report = Analysis.Run(Path.Combine(RepoPaths.Fixtures, "juicefs-crash"), ShippedRules.Rules);
        using var output = new MemoryStream();
        JsonReportWriter.Write(report, output);
        using var json = JsonDocument.Parse(output.ToArray());

        var inputs = json.RootElement.GetProperty("inputs").EnumerateArray().ToDictionary(i => i.GetProperty("path").GetString()!);
        var log = inputs["juicefs.log"];
        Assert.Equal("juicefs-log", log.GetProperty("format").GetString());
        Assert.Equal("parsed", log.GetProperty("status").GetString());
        var note = Assert.Single(log.GetProperty("notes").EnumerateArray());
        Assert.Matches(@"^also found: go-goroutine-dump \(\d+ facts\)$", note.GetString());
        Assert.Empty(log.GetProperty("problems").EnumerateArray());
        Assert.False(inputs["README.md"].TryGetProperty("notes", out _));
    }
}

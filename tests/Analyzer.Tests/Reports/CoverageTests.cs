using Analyzer.Inventory;
using Analyzer.Reporting.Gaps;

namespace Analyzer.Tests.Reports;

/// <summary>A healthy verdict says what it was drawn from and what was not examined.</summary>
public sealed class CoverageTests
{
    [Fact]
    public void Evidence_read_is_counted_per_format_and_files_in_no_known_format_are_said()
    {
        InputRecord[] inputs =
        [
            new("h/ps", "ps", InputStatus.Parsed, 40, []),
            new("h/ps-2", "ps", InputStatus.Parsed, 40, []),
            new("h/dmesg", "kernel-log", InputStatus.Parsed, 0, []),
            new("h/cut.txt", "go-goroutine-dump", InputStatus.Partial, 3, ["cut"]),
            new("h/notes", "text", InputStatus.Unrecognized, 0, ["text in no known format"]),
            new("h/archive.tar", "archive (tar)", InputStatus.Parsed, 0, []),
        ];
        Assert.Equal("Examined: ps (2), kernel-log (1). Not examined: 1 file(s) in no known format.", Coverage.Sentence(inputs));
    }
}

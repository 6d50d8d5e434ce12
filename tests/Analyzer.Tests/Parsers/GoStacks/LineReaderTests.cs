using System.Text;
using Analyzer.Text;

namespace Analyzer.Tests.Parsers.GoStacks;

public sealed class LineReaderTests
{
    private static List<(int Number, string Text, bool Truncated, bool Invalid)> Read(byte[] bytes, int max = LineReader.DefaultMaxLineBytes)
    {
        var lines = new List<(int, string, bool, bool)>();
        using var reader = new LineReader(new MemoryStream(bytes), max);
        while (reader.TryReadLine(out var line))
            lines.Add((reader.LineNumber, line.ToString(), reader.LineTruncated, reader.LineHadInvalidUtf8));
        return lines;
    }

    [Fact]
    public void Splits_lines_trims_cr_and_bom_and_keeps_an_unterminated_last_line()
    {
        var lines = Read(Encoding.UTF8.GetBytes("\uFEFFa\r\n\r\nb·c\nlast"));
        Assert.Equal([(1, "a"), (2, ""), (3, "b·c"), (4, "last")], lines.Select(l => (l.Number, l.Text)));
    }

    [Fact]
    public void Long_lines_are_cut_at_the_cap_without_buffering_the_rest()
    {
        var text = "short\n" + new string('é', 100_000) + "\nnext\n" + new string('y', 50) + "\n";
        var lines = Read(Encoding.UTF8.GetBytes(text), max: 1000);
        Assert.Equal(["short", new string('é', 500), "next", new string('y', 50)], lines.Select(l => l.Text));
        Assert.Equal([false, true, false, false], lines.Select(l => l.Truncated));
        Assert.DoesNotContain(lines, l => l.Invalid); // the cut does not split a character
    }

    [Fact]
    public void Invalid_utf8_is_replaced_and_flagged_per_line()
    {
        var lines = Read([(byte)'o', (byte)'k', (byte)'\n', (byte)'a', 0xC3, (byte)'\n']);
        Assert.Equal([false, true], lines.Select(l => l.Invalid));
        Assert.Equal("a\uFFFD", lines[1].Text);
    }

    [Theory]
    [InlineData("2024-05-27T03:47:09.0116433Z goroutine 1 [running]:", "Iso")]
    [InlineData("2024-05-27T03:47:09+0000 web01 app[7]: goroutine 1 [running]:", "IsoHostTag")]
    [InlineData("May  3 06:24:16 web01 app[7]: goroutine 1 [running]:", "SyslogHostTag")]
    [InlineData("Dec 02 10:00:01.011000 host app[42]: panic: runtime error: index out of range [5] with length 5", "SyslogHostTag")]
    [InlineData("> goroutine 1 [running]:", "quote")]
    [InlineData("    goroutine 1 [running]:", "indent4")]
    [InlineData("2024-05-27T03:47:09Z fatal error: concurrent map writes", "Iso")]
    public void Transport_prefix_is_learned_from_the_anchor_line(string line, string expected)
    {
        var prefix = new TransportPrefix();
        Assert.True(prefix.TryLearn(line, l => l.StartsWith("goroutine ") || l.StartsWith("fatal error: ") || l.StartsWith("panic: "), out var payload));
        Assert.Equal(expected, prefix.Describe());
        Assert.True(payload.StartsWith("goroutine ") || payload.StartsWith("fatal error: ") || payload.StartsWith("panic: "));
    }
}

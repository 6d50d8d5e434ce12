using System.Text;
using Analyzer.Families.Go.Parsers.GoStacks;
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
        var lines = Read([(byte)'o', (byte)'k', (byte)'\n', (byte)'a', 0xC3, (byte)'\n', (byte)'o', (byte)'k', (byte)'\n']);
        Assert.Equal([false, true, false], lines.Select(l => l.Invalid)); // the flag is per line, also on the ASCII path
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

    private static readonly AsciiNeedles Needles = new([("panic: ", null), ("goroutine", null)]);

    /// <summary>What a reader that skips between candidates returns: (number, text, truncated, invalid) of each line read.</summary>
    private static List<(int Number, string Text, bool Truncated, bool Invalid)> ReadSkipping(byte[] bytes, int max, int chunk)
    {
        var lines = new List<(int, string, bool, bool)>();
        using var reader = new LineReader(new TrickleStream(bytes, chunk), max);
        while (true)
        {
            reader.SkipLinesWithout(Needles);
            if (!reader.TryReadLine(out var line))
                return lines;
            lines.Add((reader.LineNumber, line.ToString(), reader.LineTruncated, reader.LineHadInvalidUtf8));
        }
    }

    [Fact]
    public void Skipping_passes_over_clean_lines_and_keeps_the_numbers_of_the_rest()
    {
        var text = "a\nb\nc panic: x\nd\né\n" + new string('z', 3000) + "\nafter goroutine 1\nlast";
        var lines = ReadSkipping(Encoding.UTF8.GetBytes(text), max: 1000, chunk: 7);
        Assert.Equal([(3, "c panic: x"), (5, "é"), (6, new string('z', 1000)), (7, "after goroutine 1"), (8, "last")],
            lines.Select(l => (l.Number, l.Text)));
        Assert.True(lines[2].Truncated); // an over-long line is left to TryReadLine, which cuts and reports it
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Skipping_never_drops_or_changes_a_line_that_holds_a_candidate(int seed)
    {
        var random = new Random(seed);
        string[] pieces = ["plain text", "panic: boom", "go", "routine", "goroutine 7 [", "é", "\r", "", " ", "x\uFFFF"];
        var text = new StringBuilder();
        for (var i = 0; i < 4000; i++)
        {
            var parts = random.Next(0, 5);
            for (var p = 0; p < parts; p++)
                text.Append(pieces[random.Next(pieces.Length)]);
            if (random.Next(200) == 0)
                text.Append('q', random.Next(100, 3000));
            text.Append('\n');
        }
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        bytes[random.Next(bytes.Length)] = 0xC3; // one invalid sequence somewhere
        var all = Read(bytes, max: 700);
        var skipping = ReadSkipping(bytes, max: 700, chunk: random.Next(1, 5000));
        foreach (var line in skipping)
            Assert.Equal(all[line.Number - 1], line);
        var wanted = all.Where(l => Needles.IndexOfAny(Encoding.UTF8.GetBytes(l.Text)) >= 0 || l.Invalid || l.Truncated || !Ascii.IsValid(l.Text)).ToList();
        Assert.Empty(wanted.Except(skipping));
    }

    [Theory]
    [InlineData("panic: runtime error: index out of range")]
    [InlineData("fatal error: all goroutines are asleep - deadlock!")]
    [InlineData("SIGQUIT: quit")]
    [InlineData("SIGABRT: abort")]
    [InlineData("runtime: goroutine stack exceeds 1000000000-byte limit")]
    [InlineData("goroutine 1 [running]:")]
    [InlineData("goroutine 1 gp=0xc000002380 m=0 mp=0x5b8ee0 [running]:")]
    [InlineData("goroutine profile: total 4")]
    [InlineData("48 goroutines [semacquire, 4 minutes]:")]
    [InlineData("1 goroutine [running]:")]
    [InlineData("48: semacquire [4 minutes]")]
    [InlineData("3: chan receive [2~6 minutes] [locked]")]
    public void Every_dump_start_holds_a_start_candidate(string anchor)
    {
        Assert.True(GoAnchors.IsDumpStart(anchor));
        Assert.True(GoAnchors.StartCandidates.IndexOfAny(Encoding.UTF8.GetBytes("May  3 06:24:16 web01 app[7]: " + anchor)) >= 0);
        Assert.True(DataRaceReader.IsStart("WARNING: DATA RACE") && GoAnchors.StartCandidates.IndexOfAny("> WARNING: DATA RACE"u8) >= 0);
    }

    /// <summary>A stream that hands out at most a few bytes per read, as a pipe or a slow archive member does.</summary>
    private sealed class TrickleStream(byte[] bytes, int chunk) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));
        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, chunk)]);
    }
}

using System.Text;
using Analyzer.Families.Go.Parsers.GoStacks;
using Analyzer.Text;

namespace Analyzer.Tests.Text;

public sealed class AsciiNeedlesTests
{
    private static readonly (string, AsciiNeedles.NeedleCheck?)[] Spec =
        [("panic: ", null), ("pan", null), ("goroutine", null), ("xyz", (text, at) => at > 0 && text[at - 1] == (byte)'#'),
         (AsciiNeedles.Digit + "q:" + AsciiNeedles.Digit, null), ("a: b", null), ("q: ", (text, at) => at == 0)];

    /// <summary>The same answer as trying every needle at every offset, whatever the block boundaries.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Finds_the_first_needle_like_a_naive_search(int seed)
    {
        var needles = new AsciiNeedles(Spec);
        var random = new Random(seed);
        string[] pieces = ["p", "a", "panic:", " ", "goroutin", "e", "#", "xyz", "q", "\n", "go", "pan", "1", "9", "/", ":", ": ", "b", "q:"];
        for (var round = 0; round < 2000; round++)
        {
            var text = new StringBuilder();
            var count = random.Next(0, 120);
            for (var i = 0; i < count; i++)
                text.Append(random.Next(4) == 0 ? pieces[random.Next(pieces.Length)] : "q");
            var bytes = Encoding.ASCII.GetBytes(text.ToString());
            Assert.Equal(Naive(bytes), needles.IndexOfAny(bytes));
        }
    }

    private static int Naive(byte[] text)
    {
        for (var at = 0; at < text.Length; at++)
        {
            foreach (var (needle, check) in Spec)
            {
                var matches = text.Length - at >= needle.Length
                    && needle.Select((c, k) => c == AsciiNeedles.Digit ? char.IsAsciiDigit((char)text[at + k]) : text[at + k] == c).All(m => m);
                if (matches && (check is null || check(text, at)))
                    return at;
            }
        }
        return -1;
    }

    [Theory]
    [InlineData("Feb 13 00:00:00 node17 kernel: [   12.9] sd 0:0:0:0: [sda] tag#3 FAILED", false)]
    [InlineData("Feb 13 00:00:00 node17 kernel: [   12.9] usb 1-4: new high-speed USB device", false)]
    [InlineData("Feb 13 00:00:00 node17 kernel: [   12.9] ata1.00: exception Emask 0x0", false)]
    [InlineData("48: semacquire [4 minutes]", true)]
    [InlineData("2024-05-27T03:47:09Z app[1]: 3: chan receive", true)]
    [InlineData(">\t12: select", true)]
    public void A_count_then_colon_is_a_candidate_only_where_a_payload_starts(string line, bool candidate)
    {
        Assert.Equal(candidate, GoAnchors.StartCandidates.IndexOfAny(Encoding.ASCII.GetBytes(line)) >= 0);
    }

    [Fact]
    public void Needles_are_ascii_within_a_line_with_two_adjacent_literal_characters()
    {
        Assert.Throws<ArgumentException>(() => new AsciiNeedles([("x", null)]));
        Assert.Throws<ArgumentException>(() => new AsciiNeedles([("é!", null)]));
        Assert.Throws<ArgumentException>(() => new AsciiNeedles([("ab\ncd", null)]));
        Assert.Throws<ArgumentException>(() => new AsciiNeedles([(AsciiNeedles.Digit + "x" + AsciiNeedles.Digit, null)]));
    }
}

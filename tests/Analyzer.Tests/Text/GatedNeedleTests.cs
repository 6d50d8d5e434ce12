using System.Text;
using Analyzer.Text;

namespace Analyzer.Tests.Text;

public sealed class GatedNeedleTests
{
    /// <summary>The same index as a plain ordinal search, wherever the gate character occurs before, in or after the needle.</summary>
    [Theory]
    [InlineData(" error, dev ", ',', 1)]
    [InlineData(" error, dev ", ',', 2)]
    [InlineData(" invoked oom-killer: ", 'k', 3)]
    [InlineData("kk", 'k', 4)]
    public void Finds_what_a_plain_search_finds(string needle, char gate, int seed)
    {
        var gated = new GatedNeedle(needle, gate);
        var random = new Random(seed);
        string[] pieces = [needle, needle[..^1], needle[1..], ",", "k", " ", ":", "error", "dev", "oom", "x", gate.ToString()];
        for (var round = 0; round < 3000; round++)
        {
            var text = new StringBuilder();
            var count = random.Next(0, 16);
            for (var i = 0; i < count; i++)
                text.Append(pieces[random.Next(pieces.Length)]);
            var s = text.ToString();
            Assert.Equal(s.AsSpan().IndexOf(needle, StringComparison.Ordinal), gated.IndexIn(s));
        }
    }

    [Fact]
    public void The_gate_is_a_character_of_the_needle()
    {
        Assert.Throws<ArgumentException>(() => new GatedNeedle("bc", 'x'));
    }
}

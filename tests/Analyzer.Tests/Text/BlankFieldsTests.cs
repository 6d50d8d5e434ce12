using Analyzer.Text;

namespace Analyzer.Tests.Text;

/// <summary>Blank-separated fields: the ranges a table reader takes, and the count of all fields beyond them.</summary>
public sealed class BlankFieldsTests
{
    [Theory]
    [InlineData("hits  4  123", 3, 3)]
    [InlineData("\thits 4 123 extra  more ", 3, 5)]
    [InlineData("a b", 2, 2)]
    [InlineData("   ", 0, 0)]
    public void Split_counts_every_field_but_fills_only_the_ranges_it_has(string line, int filled, int total)
    {
        Span<Range> ranges = stackalloc Range[3];
        Assert.Equal(filled, BlankFields.Split(line, ranges, out var all));
        Assert.Equal(total, all);
        if (filled > 0) Assert.Equal(line.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries)[0], line[ranges[0]]);
    }
}

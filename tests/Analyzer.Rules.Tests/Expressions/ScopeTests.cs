using Analyzer.Rules.Expressions;
using static Analyzer.Rules.Tests.Expressions.ExprHarness;

namespace Analyzer.Rules.Tests.Expressions;

/// <summary>Referenced names (for unused-binding checks) and equality splitting (for hash-join planning).</summary>
public sealed class ScopeTests
{
    [Fact]
    public void Lists_bindings_variables_and_params_it_reads()
    {
        var result = Compile("w.count >= params.min_waiters && total > 1 && w.frames.exists(f, f.line > params.min_waiters)");
        Assert.Equal(new HashSet<string> { "w", "total", "params.min_waiters" }, result.ReferencedNames);
    }

    [Fact]
    public void Macro_variables_are_not_referenced_names()
    {
        var result = Compile("w.frames.exists(f, f.line > 1)");
        Assert.Equal(new HashSet<string> { "w" }, result.ReferencedNames);
    }

    [Fact]
    public void Macro_variable_is_visible_only_inside_its_macro()
    {
        var result = Compile("w.frames.exists(f, true) && f.line > 1");
        Assert.Equal("TRI0202", Assert.Single(result.Diagnostics).Code);
    }

    [Theory]
    [InlineData("h.waiterGroup == w.key", "h.waiterGroup", "w.key")]
    [InlineData("  lower(h.state)==w.state.lower() ", "lower(h.state)", "w.state.lower()")]
    [InlineData("(h.count) + 1 == (w.count)", "(h.count) + 1", "(w.count)")]
    [InlineData("(a == b)", "a", "b")]
    public void Splits_a_top_level_equality(string text, string left, string right)
    {
        var split = ExpressionCompiler.SplitEquality(text);
        Assert.NotNull(split);
        Assert.Equal(left, text[split.Value.Left]);
        Assert.Equal(right, text[split.Value.Right]);
    }

    [Theory]
    [InlineData("a == b && c == d")]
    [InlineData("a != b")]
    [InlineData("(a == b) == c ? 1 : 2")]
    [InlineData("a.exists(x, x == b)")]
    [InlineData("a == ")]
    [InlineData("a = b")]
    public void Does_not_split_anything_else(string text) => Assert.Null(ExpressionCompiler.SplitEquality(text));
}

using Analyzer.Rules.Expressions;
using static Analyzer.Rules.Tests.Expressions.ExprHarness;

namespace Analyzer.Rules.Tests.Expressions;

/// <summary>Every mistake is an error with a stable code, the column of the offending token and, where possible, a hint.</summary>
public sealed class DiagnosticsTests
{
    public static TheoryData<string, string, int, string?> Single => new()
    {
        // code, offset of the offending token, hint fragment
        { "w.maxWiat > 1m", "TRI0203", 2, "did you mean 'maxWait'?" },
        { "w.frames.exists(f, f.fuction == 'x')", "TRI0203", 21, "did you mean 'function'?" },
        { "w.labels.size", "TRI0203", 9, "exists" },
        { "w.count.value", "TRI0203", 8, null },
        { "ww.count > 1", "TRI0202", 0, "did you mean 'w'?" },
        { "totl > 1", "TRI0202", 0, "did you mean 'total'?" },
        { "params.min_wiat", "TRI0202", 7, "did you mean 'min_wait'?" },
        { "params", "TRI0202", 0, "params.NAME" },
        { "w.frames.exists(f, f.line > 0) && f.line > 1", "TRI0202", 34, null },
        { "w.state > 3", "TRI0204", 8, "convert" },
        { "w.state == 3", "TRI0204", 8, "convert" },
        { "w.maxWait > 5", "TRI0204", 10, "duration" },
        { "w.state + 1", "TRI0204", 8, "string(x)" },
        { "w.labels == w.labels", "TRI0204", 9, null },
        { "w.count && true", "TRI0204", 0, "compare" },
        { "!w.state", "TRI0204", 0, null },
        { "-w.state", "TRI0204", 0, null },
        { "w.blocked ? 1 : 'one'", "TRI0204", 12, null },
        { "w.count ? 1 : 2", "TRI0204", 0, null },
        { "3 in w.labels", "TRI0204", 0, null },
        { "'a' in w.state", "TRI0204", 7, "contains" },
        { "w.state in ['a', 3]", "TRI0204", 17, null },
        { "w.frames.exists(f, f.line)", "TRI0204", 19, null },
        { "w.state.exists(c, true)", "TRI0204", 0, null },
        { "[]", "TRI0204", 0, "in" },
        { "[1, 'a']", "TRI0204", 4, null },
        { "w.state.lenght()", "TRI0205", 8, null },
        { "w.state.startwith('x')", "TRI0205", 8, "did you mean 'startsWith'?" },
        { "sizee(w.labels)", "TRI0205", 0, "did you mean 'size'?" },
        { "w.state.contains(1)", "TRI0206", 8, "contains(string, string)" },
        { "lower(w.state, 'x')", "TRI0206", 0, "lower(string)" },
        { "size(w.count)", "TRI0206", 0, "size(list)" },
        { "w.frames.exists(f)", "TRI0206", 9, null },
        { "w.frames.exists(f.line, true)", "TRI0206", 16, "list.exists(x" },
        { "w.frames.count()", "TRI0206", 9, "size(list)" },
        { "w.state.matches('(unclosed')", "TRI0207", 16, "regex" },
        { "w.maxWait > 5x", "TRI0208", 12, "ms, s, m, h or d" },
        { "w.maxWait > duration('soon')", "TRI0208", 21, null },
        { "99999999999999999999 > 1", "TRI0209", 0, null },
        { "w.count >", "TRI0201", 9, null },
        { "w.count > 1)", "TRI0201", 11, null },
        { "(w.count > 1", "TRI0201", 12, null },
        { "w.count > 1 w", "TRI0201", 12, null },
        { "w.state == 'open", "TRI0201", 11, "close it" },
        { "w.state == 'a\\qb'", "TRI0201", 13, "escapes" },
        { "w.count # 2", "TRI0201", 8, null },
        { "", "TRI0201", 0, null },
        { "w.", "TRI0201", 2, null },
    };

    [Theory]
    [MemberData(nameof(Single))]
    public void Reports_one_error(string text, string code, int offset, string? hint)
    {
        var result = Compile(text);
        Assert.Null(result.Expression);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(ColumnBase + offset, diagnostic.Location.Column);
        Assert.Equal(3, diagnostic.Location.Line);
        Assert.Equal("rule.yaml", diagnostic.Location.File);
        if (hint is not null)
            Assert.Contains(hint, diagnostic.Hint ?? "", StringComparison.Ordinal);
        Assert.NotNull(diagnostic.Snippet);
    }

    [Fact]
    public void Reports_every_independent_error_of_one_expression()
    {
        var result = Compile("w.maxWiat > 1m && ww.count > 1 && w.state > 3 && w.state.startwith('x') && params.min_wiat == 1m");
        Assert.Null(result.Expression);
        Assert.Equal(["TRI0203", "TRI0202", "TRI0204", "TRI0205", "TRI0202"], result.Diagnostics.Select(d => d.Code));
        Assert.Equal("did you mean 'maxWait'?", result.Diagnostics[0].Hint);
    }

    [Fact]
    public void Lexical_slips_are_reported_and_binding_goes_on()
    {
        var result = Compile("w.state = 'x' & w.cout > 1");
        Assert.Equal(["TRI0201", "TRI0201", "TRI0203"], result.Diagnostics.Select(d => d.Code));
        Assert.Contains("==", result.Diagnostics[0].Hint, StringComparison.Ordinal);
        Assert.Contains("&&", result.Diagnostics[1].Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void An_error_is_reported_once_not_at_every_enclosing_operator()
    {
        var result = Compile("(w.maxWiat > 1m || w.count > 1) && !(w.maxWiat < 2m)");
        Assert.Equal(2, result.Diagnostics.Count);
        Assert.All(result.Diagnostics, d => Assert.Equal("TRI0203", d.Code));
    }

    [Theory]
    [InlineData(1000)]
    [InlineData(100_000)]
    public void Deep_nesting_is_an_error_not_a_crash(int depth)
    {
        var result = Compile(new string('(', depth) + "1" + new string(')', depth));
        Assert.Equal("TRI0210", Assert.Single(result.Diagnostics).Code);
        Assert.Equal("TRI0210", Assert.Single(Compile(new string('!', depth) + "true").Diagnostics).Code);
    }

    [Fact]
    public void Long_flat_expressions_compile()
    {
        var text = string.Join(" + ", Enumerable.Repeat("w.count", 500));
        Assert.Equal(40L * 500, CompileOk(text).Evaluate(Frame()));
    }

    [Fact]
    public void Where_that_is_not_bool_is_an_error()
    {
        var result = Compile("w.state", ExprType.Bool);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("TRI0204", diagnostic.Code);
        Assert.Contains("expected a bool here, but the expression is a string", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(ColumnBase, diagnostic.Location.Column);
    }

    [Fact]
    public void Snippet_points_a_caret_at_the_token()
    {
        var diagnostic = Assert.Single(Compile("w.count > 1 && w.maxWiat > 1m").Diagnostics);
        Assert.Equal("w.count > 1 && w.maxWiat > 1m\n                 ^^^^^^^", diagnostic.Snippet);
    }

    [Fact]
    public void Snippet_shows_only_the_offending_line_of_a_multiline_expression()
    {
        var diagnostic = Assert.Single(Compile("w.count > 1\n  && w.maxWiat > 1m").Diagnostics);
        Assert.Equal("  && w.maxWiat > 1m\n       ^^^^^^^", diagnostic.Snippet);
    }

    [Fact]
    public void Unknown_name_without_a_close_match_lists_the_names_in_scope()
    {
        var diagnostic = Assert.Single(Compile("zzzzzzzz").Diagnostics);
        Assert.Equal("names in scope: avgWait, h, names, total, w", diagnostic.Hint);
    }
}

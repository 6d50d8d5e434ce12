using Analyzer.Rules.Expressions;
using static Analyzer.Rules.Tests.Expressions.ExprHarness;

namespace Analyzer.Rules.Tests.Expressions;

/// <summary>The documented null rules, exercised through h (an optional binding left unbound) and null fields.</summary>
public sealed class NullSemanticsTests
{
    public static TheoryData<string, object?> Cases => new()
    {
        // member access on null → null
        { "h.state", null },
        { "h.top.function", null },
        { "w.top.function == null", false },
        { "h.count", null },
        // == and != are null-aware
        { "h.state == null", true },
        { "h.state != null", false },
        { "null == null", true },
        { "h.count == 0", false },
        { "h.state != 'x'", true },
        { "w.waiterGroup == h.key", true },
        // ordering and string predicates with null → false
        { "h.count > 0", false },
        { "h.count <= 0", false },
        { "h.maxWait >= 1m", false },
        { "h.state < 'z'", false },
        { "h.state.contains('a')", false },
        { "h.state.startsWith('')", false },
        { "h.state.matches('.*')", false },
        { "w.state.contains(h.state)", false },
        // transforms and arithmetic with null → null
        { "h.state.lower()", null },
        { "h.count + 1", null },
        { "h.maxWait * 2", null },
        { "-h.ratio", null },
        { "1 + null", null },
        { "'a' + h.state", null },
        { "string(h.count)", null },
        // logic treats null as false
        { "h.blocked", null },
        { "h.blocked && true", false },
        { "h.blocked || true", true },
        { "!h.blocked", true },
        { "h.blocked ? 'y' : 'n'", "n" },
        { "null ? 1 : 2", 2L },
        // size and macros over null
        { "size(h.labels)", 0L },
        { "size(h.state)", 0L },
        { "size(null)", 0L },
        { "h.frames.exists(f, true)", false },
        { "h.frames.all(f, false)", true },
        { "h.frames.count(f, true)", 0L },
        { "size(h.frames.filter(f, true))", 0L },
        { "size(h.frames.map(f, f.line))", 0L },
        { "'db' in h.labels", false },
        { "h.labels[0]", null },
        // unset params and variables read as null
        { "params.unset", null },
        { "params.unset > 1", false },
        { "params.unset == null", true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Null_flows_as_documented(string text, object? expected) => Assert.Equal(expected, Eval(text, h: null));

    [Fact]
    public void Null_predicate_is_not_true()
    {
        var compiled = CompileOk("h.blocked", ExprType.Bool);
        Assert.Null(compiled.Evaluate(Frame()));
        Assert.False(compiled.IsTrue(Frame()));
    }

    [Fact]
    public void Null_variable_slot_reads_as_null()
    {
        var compiled = CompileOk("size(names) + total");
        Assert.Null(compiled.Evaluate(new EvalFrame([Waiters, null], [null, null, null, null], [null, null, null])));
    }
}

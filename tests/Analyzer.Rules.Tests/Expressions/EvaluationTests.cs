using Analyzer.Rules.Expressions;
using static Analyzer.Rules.Tests.Expressions.ExprHarness;

namespace Analyzer.Rules.Tests.Expressions;

/// <summary>What well-typed expressions evaluate to, with w bound to <see cref="ExprHarness.Waiters"/> and h unbound.</summary>
public sealed class EvaluationTests
{
    public static TheoryData<string, object?> Literals => new()
    {
        { "42", 42L },
        { "0.5", 0.5 },
        { "'single'", "single" },
        { "\"double\"", "double" },
        { @"'a\'b\""c\\d\ne\tf'", "a'b\"c\\d\ne\tf" },
        { "\"it's\"", "it's" },
        { "true", true },
        { "false", false },
        { "null", null },
        { "90s", TimeSpan.FromSeconds(90) },
        { "5m", TimeSpan.FromMinutes(5) },
        { "1h30m", TimeSpan.FromMinutes(90) },
        { "250ms", TimeSpan.FromMilliseconds(250) },
        { "2d", TimeSpan.FromDays(2) },
        { "1.5h", TimeSpan.FromMinutes(90) },
        { "size([1, 2, 3])", 3L },
        { "[1, 2.5][1]", 2.5 },
        { "['a', 'b'][0]", "a" },
    };

    public static TheoryData<string, object?> Operators => new()
    {
        { "1 + 2 * 3", 7L },
        { "(1 + 2) * 3", 9L },
        { "10 - 4 - 3", 3L },
        { "7 / 2", 3L },
        { "7 % 3", 1L },
        { "7 / 2.0", 3.5 },
        { "1 + 0.5", 1.5 },
        { "-3 + 1", -2L },
        { "-(2.5)", -2.5 },
        { "'a' + 'b'", "ab" },
        { "1 < 2", true },
        { "2 <= 2", true },
        { "3 > 4", false },
        { "4 >= 4", true },
        { "1 < 1.5", true },
        { "'abc' < 'abd'", true },
        { "1 == 1.0", true },
        { "1 != 2", true },
        { "'x' == 'x'", true },
        { "true && false", false },
        { "true || false", true },
        { "!true", false },
        { "false || true && false", false },
        { "!false && true", true },
        { "1 + 1 == 2 && 3 > 2", true },
        { "true ? 1 : 2", 1L },
        { "false ? 1 : 2.5", 2.5 },
        { "1 > 2 ? 'a' : 2 > 1 ? 'b' : 'c'", "b" },
        { "1 in [1, 2, 3]", true },
        { "4 in [1, 2, 3]", false },
        { "2 in [1.5, 2.0]", true },
        { "'db' in ['db', 'io']", true },
        { "1 in []", false },
        { "7 / 0", null },
        { "7 % 0", null },
    };

    public static TheoryData<string, object?> Durations => new()
    {
        { "1m + 30s", TimeSpan.FromSeconds(90) },
        { "1m - 30s", TimeSpan.FromSeconds(30) },
        { "2m * 3", TimeSpan.FromMinutes(6) },
        { "3 * 2m", TimeSpan.FromMinutes(6) },
        { "1m * 0.5", TimeSpan.FromSeconds(30) },
        { "10m / 4", TimeSpan.FromSeconds(150) },
        { "10m / 5m", 2.0 },
        { "-1m", TimeSpan.FromMinutes(-1) },
        { "90s > 1m", true },
        { "90s == 1m30s", true },
        { "w.maxWait >= params.min_wait", true },
        { "minutes(w.maxWait)", 5.0 },
        { "seconds(90s)", 90.0 },
        { "hours(30m)", 0.5 },
        { "milliseconds(1s)", 1000.0 },
        { "duration('1h30m')", TimeSpan.FromMinutes(90) },
        { "duration(w.state)", null },
        { "string(5400s)", "1h30m" },
        { "string(250ms)", "250ms" },
        { "1m / 0", null },
    };

    public static TheoryData<string, object?> Fields => new()
    {
        { "w.key", "0xc000123" },
        { "w.count", 40L },
        { "w.count + 1", 41L },
        { "w.bytes", 4096L },
        { "w.ratio * 2", 0.5 },
        { "w.blocked", true },
        { "w.maxWait", TimeSpan.FromMinutes(5) },
        { "w.waiterGroup", null },
        { "w.top.function", "sync.(*Mutex).Lock" },
        { "w.top.line", 10L },
        { "w.frames[1].function", "main.worker" },
        { "w.frames[5].function", null },
        { "w.ids[0] + w.ids[2]", 4L },
        { "size(w.frames)", 2L },
        { "w.labels.size()", 2L },
        { "w.state == 'semacquire' && w.maxWait >= params.min_wait", true },
        { "w.count >= params.min_waiters", true },
        { "params.pattern", "^sync\\." },
        { "total * 2", 80L },
        { "avgWait + 1", 3.5 },
        { "size(names)", 2L },
        { "'beta' in names", true },
        { "'io' in w.labels", true },
        { "'net' in w.labels", false },
        { "2 in w.ids", true },
        { "w.labels.contains('db')", true },
        { "w.state in ['running', 'semacquire']", true },
        { "w == null", false },
        { "h == null", true },
        { "w != h", true },
        { "w == w", true },
        { "w.top == w.frames[0]", true },
    };

    public static TheoryData<string, object?> Functions => new()
    {
        { "w.state.contains('acq')", true },
        { "contains(w.state, 'xyz')", false },
        { "w.state.startsWith('sema')", true },
        { "w.state.endsWith('quire')", true },
        { "w.top.function.matches('^sync\\\\.')", true },
        { "w.top.function.matches(params.pattern)", true },
        { "matches(w.state, '^chan')", false },
        { "'MiXed'.lower()", "mixed" },
        { "upper('MiXed')", "MIXED" },
        { "trim('  x ')", "x" },
        { "threadFamily('z_wr_int_h/3')", "z_wr_int_h/N" },
        { "threadFamily('kworker/u16:2')", "kworker/N" },
        { "threadFamily('kworker/1:2H')", "kworker/N" },
        { "threadFamily('z_wr_int_0')", "z_wr_int_N" },
        { "threadFamily('jbd2/sda1-8')", "jbd2/sda1-8" },
        { "threadFamily('vdev_autotrim')", "vdev_autotrim" },
        { "threadFamily('md0_raid1')", "md0_raid1" },
        { "threadFamily('python3')", "python3" },
        { "size('hello')", 5L },
        { "'hello'.size()", 5L },
        { "string(42)", "42" },
        { "string(0.5)", "0.5" },
        { "string(true)", "true" },
        { "string(w.count) + ' goroutines'", "40 goroutines" },
        { "int('17')", 17L },
        { "int('x')", null },
        { "int(2.9)", 2L },
        { "double('0.25')", 0.25 },
        { "double(3)", 3.0 },
    };

    public static TheoryData<string, object?> Macros => new()
    {
        { "w.frames.exists(f, f.function.startsWith('sync.'))", true },
        { "w.frames.exists(f, f.file == 'nope.go')", false },
        { "w.frames.all(f, f.line > 0)", true },
        { "w.frames.all(f, f.line > 10)", false },
        { "w.frames.count(f, f.line >= 10)", 2L },
        { "size(w.frames.filter(f, f.line > 10))", 1L },
        { "w.frames.filter(f, f.line > 10)[0].function", "main.worker" },
        { "w.frames.map(f, f.file)[1]", "main.go" },
        { "w.frames.map(f, f.line * 2)[1]", 84L },
        { "'main.go' in w.frames.map(f, f.file)", true },
        { "w.labels.exists(l, l == 'io')", true },
        { "w.ids.all(i, i < 10)", true },
        { "w.ids.map(i, i * 10)[2]", 30L },
        { "[1, 2, 3].filter(x, x > 1).size()", 2L },
        { "exists(w.labels, l, l.startsWith('d'))", true },
        { "w.frames.exists(f, w.labels.exists(l, l == 'db') && f.line == 42)", true },
        { "w.frames.exists(w, w.line == 42)", true },
    };

    [Theory]
    [MemberData(nameof(Literals))]
    [MemberData(nameof(Operators))]
    [MemberData(nameof(Durations))]
    [MemberData(nameof(Fields))]
    [MemberData(nameof(Functions))]
    [MemberData(nameof(Macros))]
    public void Evaluates(string text, object? expected) => Assert.Equal(expected, Eval(text));

    [Theory]
    [InlineData("w.count", "int")]
    [InlineData("w.ratio", "double")]
    [InlineData("w.state", "string")]
    [InlineData("w.blocked", "bool")]
    [InlineData("w.maxWait", "duration")]
    [InlineData("w.labels", "list<string>")]
    [InlineData("w.frames.map(f, f.line)", "list<int>")]
    [InlineData("w.top", "ExprTestFrame")]
    [InlineData("w.count > 1 ? 1 : 0.5", "double")]
    public void Reports_static_type(string text, string type) => Assert.Equal(type, CompileOk(text).Type.Name);

    [Fact]
    public void Int_result_widens_to_expected_double()
    {
        var compiled = CompileOk("w.count", ExprType.Double);
        Assert.Equal(ExprType.Double, compiled.Type);
        Assert.Equal(40.0, compiled.Evaluate(Frame()));
    }

    [Fact]
    public void One_delegate_serves_many_facts()
    {
        var compiled = CompileOk("w.state == 'semacquire' && w.count >= params.min_waiters", ExprType.Bool);
        Assert.True(compiled.IsTrue(Frame(w: Waiters)));
        Assert.False(compiled.IsTrue(Frame(w: Waiters with { Count = 2 })));
        Assert.False(compiled.IsTrue(Frame(w: Holder)));
    }

    [Fact]
    public void Pathological_regex_runs_in_linear_time_instead_of_hanging()
    {
        // Catastrophic for a backtracking engine (2^n paths); the non-backtracking one answers at once.
        var subject = "'" + new string('a', 5_000) + "!'";
        var compiled = CompileOk($"(w.state + {subject}).matches('^[a-z]*(a+)+$')");
        Assert.Equal(false, compiled.Evaluate(Frame()));
        var computed = CompileOk($"(w.state + {subject}).matches('^[a-z]*' + '(a+)+$')");
        Assert.Equal(false, computed.Evaluate(Frame()));
    }

    [Fact]
    public void Optional_binding_when_present_is_read()
    {
        Assert.Equal(true, Eval("h.waiterGroup == w.key", h: Holder));
        Assert.Equal("IO wait", Eval("h.state", h: Holder));
    }
}

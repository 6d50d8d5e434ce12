using Analyzer.Rules.Diagnostics;
using Analyzer.Rules.Expressions;
using Analyzer.Rules.Facts;

namespace Analyzer.Rules.Tests.Expressions;

/// <summary>
/// One scope for all expression tests: bindings w (always bound) and h (optional, often null), three params and
/// two variables. Offsets map to column 10 + offset on line 3, so a test can assert exact columns.
/// </summary>
internal static class ExprHarness
{
    public const int ColumnBase = 10;

    public static readonly FactCatalog Catalog = FactCatalog.FromAssemblies(typeof(ExprTestGroup).Assembly);

    public static readonly ExprType GroupType = new ExprType.Record(Catalog.Get(typeof(ExprTestGroup)).Shape);

    public static ExpressionScope Scope() => new ExpressionScope()
        .AddBinding("w", GroupType, 0)
        .AddBinding("h", GroupType, 1)
        .AddParam("min_wait", ExprType.Duration, 0)
        .AddParam("min_waiters", ExprType.Int, 1)
        .AddParam("pattern", ExprType.String, 2)
        .AddParam("unset", ExprType.Int, 3)
        .AddVariable("total", ExprType.Int, 0)
        .AddVariable("names", new ExprType.List(ExprType.String), 1)
        .AddVariable("avgWait", ExprType.Double, 2);

    public static ExprTestGroup Waiters { get; } = new(
        Key: "0xc000123",
        State: "semacquire",
        Count: 40,
        Bytes: 4096,
        Ratio: 0.25,
        Blocked: true,
        MaxWait: TimeSpan.FromMinutes(5),
        WaiterGroup: null,
        Top: new ExprTestFrame("sync.(*Mutex).Lock", "mutex.go", 10),
        Frames: [new("sync.(*Mutex).Lock", "mutex.go", 10), new("main.worker", "main.go", 42)],
        Labels: ["db", "io"],
        Ids: [1, 2, 3]);

    public static ExprTestGroup Holder { get; } = Waiters with
    {
        Key = "0xc000999",
        State = "IO wait",
        Count = 1,
        WaiterGroup = "0xc000123",
        Top = null,
        Frames = [],
        Labels = [],
    };

    /// <summary>Params: min_wait 1m, min_waiters 5 (boxed as a CLR int on purpose), pattern, unset (null).</summary>
    public static EvalFrame Frame(ExprTestGroup? w = null, ExprTestGroup? h = null) =>
        new([w ?? Waiters, h], [TimeSpan.FromMinutes(1), 5, "^sync\\.", null], [40L, new List<string> { "alpha", "beta" }, 2.5]);

    public static CompileResult Compile(string text, ExprType? expected = null) =>
        ExpressionCompiler.Compile(text, Scope(), offset => new SourceLocation("rule.yaml", 3, ColumnBase + offset), expected);

    public static CompiledExpression CompileOk(string text, ExprType? expected = null)
    {
        var result = Compile(text, expected);
        Assert.True(result.Diagnostics.Count == 0, $"'{text}': {string.Join("\n", result.Diagnostics)}");
        Assert.NotNull(result.Expression);
        return result.Expression;
    }

    public static object? Eval(string text, ExprTestGroup? h = null) => CompileOk(text).Evaluate(Frame(h: h));
}

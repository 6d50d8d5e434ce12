using Analyzer.Families.Go.Facts;
using Analyzer.Rules.Expressions;
using Analyzer.Rules.Facts;

namespace Analyzer.Tests;

public sealed class GoFactCatalogTests
{
    [Fact]
    public void Goroutine_group_fields_are_typed_for_rules()
    {
        var catalog = FactCatalog.FromAssemblies(typeof(GoroutineGroup).Assembly);
        Assert.True(catalog.TryGet("GoroutineGroup", out var group));
        Assert.Equal(ExprType.Duration, group.Shape.Fields["maxWait"].Type);
        Assert.Equal(ExprType.Int, group.Shape.Fields["count"].Type);
        Assert.True(group.Shape.Fields["appFunction"].Nullable);
        var frames = Assert.IsType<ExprType.List>(group.Shape.Fields["frames"].Type);
        var frame = Assert.IsType<ExprType.Record>(frames.Element);
        Assert.Equal(ExprType.String, frame.Shape.Fields["function"].Type);
    }
}

using Analyzer.Rules.Facts;

namespace Analyzer.Rules.Tests;

public sealed class CatalogTests
{
    [Fact]
    public void Catalog_discovers_engine_types()
    {
        var catalog = FactCatalog.FromAssemblies();
        Assert.NotNull(catalog);
    }
}

using Analyzer.Rules.Diagnostics;
using Analyzer.Rules.Model;
using Analyzer.Rules.Testing;

namespace Analyzer.Rules.Tests.Engine;

/// <summary>Facts written inline in a rule's tests are built like a parser would build them.</summary>
public sealed class InlineFactTests
{
    [Fact]
    public void An_int_field_takes_the_language_s_integer()
    {
        var inline = new InlineFact("EngItem", new Dictionary<string, object?> { ["name"] = "a", ["value"] = "7", ["rank"] = "3" },
            new SourceLocation("rule.yaml", 1, 1));
        var diagnostics = new DiagnosticBag();

        var fact = Assert.IsType<EngItem>(InlineFactBuilder.Build(inline, EngineHarness.Catalog, diagnostics));

        Assert.False(diagnostics.HasErrors);
        Assert.Equal((7L, 3), (fact.Value, fact.Rank));
    }
}

using Analyzer.Pipeline;
using Analyzer.Rules.Engine;

namespace Analyzer.Tests.Support;

/// <summary>The repository's rules/, loaded once for the tests that run the whole pipeline.</summary>
internal static class ShippedRules
{
    private static readonly Lazy<RuleSet> Lazy = new(() =>
    {
        var loaded = RuleLoading.Load([RepoPaths.Rules], null, RepoPaths.Root);
        return loaded.Rules ?? throw new InvalidOperationException("rules/ does not load:\n" + string.Join("\n", loaded.Diagnostics.Items));
    });

    public static RuleSet Rules => Lazy.Value;
}

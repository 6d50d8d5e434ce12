using Analyzer.Rules.Facts;

namespace Analyzer.Families.Lustre.Facts;

/// <summary>
/// Derived by LUS0004 from the kernel log's Lustre console messages: one per target, so the debug-log rule can say
/// that the kernel log names the same server without its counts being multiplied by a join.
/// </summary>
[FactRecord("LustreConsoleTarget", FactSources.Derived, Description = "The kernel log's Lustre console messages about one target, summed")]
public sealed record LustreConsoleTarget : IFact
{
    public required Provenance Provenance { get; init; }

    [Field("Target as both parsers name it, e.g. lustre-OST0003")] public required string Target { get; init; }
    [Field("Console messages about it (skipped repeats included)")] public long Messages { get; init; }
    [Field("Evictions among them")] public long Evictions { get; init; }
    [Field("Distinct message kinds (eviction, request-timeout, connection-lost, ...)")] public long Kinds { get; init; }
}

using Analyzer.Rules.Facts;

namespace Analyzer.Rules.Tests.Expressions;

/// <summary>A fact with one field of every shape the language knows (Count is a CLR int, to check widening to long).</summary>
[FactRecord("ExprTestGroup", "test")]
public sealed record ExprTestGroup(
    string Key,
    string State,
    int Count,
    long Bytes,
    double Ratio,
    bool Blocked,
    TimeSpan MaxWait,
    string? WaiterGroup,
    ExprTestFrame? Top,
    IReadOnlyList<ExprTestFrame> Frames,
    IReadOnlyList<string> Labels,
    IReadOnlyList<long> Ids) : IFact
{
    public Provenance Provenance { get; init; } = new("goroutines.txt", 1);
}

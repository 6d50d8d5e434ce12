namespace Analyzer.Tests.Collection;

/// <summary>
/// Tests that check what a wall-clock budget cuts (the capture's time budget) run alone, after the parallel tests: on a
/// two-core machine busy with the 200 MB scan tests, a timer's continuation waited seconds for a pool thread and the
/// end-of-window listing the test checks for was legitimately skipped.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingSensitiveCollection
{
    public const string Name = "timing-sensitive";
}

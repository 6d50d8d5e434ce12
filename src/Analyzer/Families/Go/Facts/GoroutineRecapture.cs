using Analyzer.Rules.Facts;

namespace Analyzer.Families.Go.Facts;

/// <summary>
/// One group of goroutines compared with the same code's group in another capture of the bundle (derived by the rule
/// GO0013): still blocked with a grown wait (stuck), or waiting on other goroutines by then (moving: slow, not
/// hung). Rules that report a blocked group join it by <see cref="Key"/> and say what the second capture shows.
/// </summary>
[FactRecord("GoroutineRecapture", FactSources.Derived, Description = "A goroutine group compared across two captures: stuck or moving")]
public sealed record GoroutineRecapture : IFact
{
    public required Provenance Provenance { get; init; }

    [Field("Key of the group in the earlier capture (GoroutineGroup.key)")] public required string Key { get; init; }
    [Field("Key of the matching group in the other capture")] public required string LaterKey { get; init; }
    [Field("Bundle path of the other capture")] public required string LaterPath { get; init; }
    [Field("stuck (the same goroutines, their wait grown) or moving (other goroutines wait there now)")] public required string Outcome { get; init; }
    [Field("Longest wait in the earlier capture", Unit = "duration")] public TimeSpan Before { get; init; }
    [Field("Longest wait in the other capture", Unit = "duration")] public TimeSpan After { get; init; }
    [Field("How much the wait grew between the captures (stuck only)", Unit = "duration")] public TimeSpan Grown { get; init; }
    [Field("The goroutine both captures show blocked (stuck), or the first of the earlier capture (moving)")] public long GoroutineId { get; init; }
}

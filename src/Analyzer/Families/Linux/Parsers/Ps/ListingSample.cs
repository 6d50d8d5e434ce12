namespace Analyzer.Families.Linux.Parsers.Ps;

/// <summary>
/// Where one listing of a file stands among its samples: its iteration (1-based, as top -b counts), its capture time
/// when a date line (or top's summary clock) gave one, and whether it is only another view of the sample before (a
/// different ps command appended at the same moment), whose tasks must not be counted twice.
/// </summary>
internal readonly record struct ListingSample(long Iteration, string? Captured, TimeSpan? Elapsed, bool SameMoment);

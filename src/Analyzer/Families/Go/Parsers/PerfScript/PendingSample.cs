namespace Analyzer.Families.Go.Parsers.PerfScript;

/// <summary>
/// A sample read before the profile's event and period are settled (the first few headers decide them by majority):
/// its frames, leaf first, then the command; and what its header showed.
/// </summary>
internal sealed record PendingSample(int[] Path, string Event, long? Period, double? Time, string Comm, int Line, string LeafExcerpt, int HeaderLine, string HeaderExcerpt);

namespace Analyzer.Families.JuiceFs.Parsers.JuiceFsAccessLog;

/// <summary>One record kept for quoting among the slowest.</summary>
internal sealed record SlowRecord(long Micros, long Line, string Op, string Status, long Pid, string Excerpt);

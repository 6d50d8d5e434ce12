namespace Analyzer.Families.JuiceFs.Parsers.JuiceFsAccessLog;

/// <summary>Failures of one operation with one status text.</summary>
internal sealed class ErrnoCount(string status, long firstLine, string firstExcerpt)
{
    public string Status { get; } = status;
    public long FirstLine { get; } = firstLine;
    public string FirstExcerpt { get; } = firstExcerpt;
    public long Count { get; set; }
    public long MaxMicros { get; set; }
}

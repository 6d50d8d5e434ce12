namespace Analyzer.Families.Linux.Parsers.Iostat;

/// <summary>The device-table columns triage reads; the others (merges, request sizes, svctm) are skipped.</summary>
internal enum IostatColumn
{
    Other = 0,
    ReadsPerSec,
    WritesPerSec,
    ReadKBps,
    WriteKBps,
    TotalKBps,
    ReadAwait,
    WriteAwait,
    Await,
    Queue,
    Util,
    Tps,
}

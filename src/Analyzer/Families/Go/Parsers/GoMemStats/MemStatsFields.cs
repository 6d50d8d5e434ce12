using System.Collections.Frozen;
using System.Text;

namespace Analyzer.Families.Go.Parsers.GoMemStats;

/// <summary>
/// The field names of Go's <c>runtime.MemStats</c> (Go 1.0 – 1.25), as <c>json.Marshal</c> prints them. A JSON object
/// whose first key is one of these is a bare MemStats, not an expvar document or a structured log line.
/// </summary>
internal static class MemStatsFields
{
    private static readonly FrozenSet<string> Names = new[]
    {
        "Alloc", "TotalAlloc", "Sys", "Lookups", "Mallocs", "Frees", "HeapAlloc", "HeapSys", "HeapIdle", "HeapInuse",
        "HeapReleased", "HeapObjects", "StackInuse", "StackSys", "MSpanInuse", "MSpanSys", "MCacheInuse", "MCacheSys",
        "BuckHashSys", "GCSys", "OtherSys", "NextGC", "LastGC", "PauseTotalNs", "PauseNs", "PauseEnd", "NumGC",
        "NumForcedGC", "GCCPUFraction", "EnableGC", "DebugGC", "BySize",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsField(ReadOnlySpan<byte> utf8Name)
    {
        if (utf8Name.Length > 16)
            return false;
        Span<char> name = stackalloc char[16];
        var n = Encoding.UTF8.GetChars(utf8Name, name);
        return Names.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name[..n]);
    }

    /// <summary>
    /// The head of a JSON text is a bare MemStats object: its first key is a MemStats field and it has HeapAlloc,
    /// the one field every capture carries (Alloc alone could be anything's).
    /// </summary>
    public static bool IsBareObject(ReadOnlySpan<byte> head)
    {
        var start = head.IndexOfAnyExcept(" \t\r\n"u8);
        if (start < 0 || head[start] != (byte)'{')
            return false;
        var rest = head[(start + 1)..];
        var quote = rest.IndexOfAnyExcept(" \t\r\n"u8);
        if (quote < 0 || rest[quote] != (byte)'"')
            return false;
        rest = rest[(quote + 1)..];
        var close = rest.IndexOf((byte)'"');
        return close > 0 && IsField(rest[..close]) && head.IndexOf("\"HeapAlloc\""u8) >= 0;
    }
}

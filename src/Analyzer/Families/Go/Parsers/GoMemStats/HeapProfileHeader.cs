using System.Globalization;
using System.Text.RegularExpressions;

namespace Analyzer.Families.Go.Parsers.GoMemStats;

/// <summary>First line of heap/allocs?debug=1: `heap profile: INUSE_OBJS: INUSE_BYTES [ALLOC_OBJS: ALLOC_BYTES] @ heap/RATE`.</summary>
internal sealed partial record HeapProfileHeader(long InuseObjects, long InuseBytes, long AllocObjects, long AllocBytes, long Rate)
{
    public const string Prefix = "heap profile: ";

    // Old runtimes and google/pprof testdata vary the spacing around the brackets; accept any run of blanks.
    [GeneratedRegex(@"^heap profile:\s*(\d+):\s*(\d+)\s*\[\s*(\d+):\s*(\d+)\s*\]\s*@\s*heap/(\d+)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static HeapProfileHeader? TryParse(ReadOnlySpan<char> line)
    {
        if (!line.StartsWith(Prefix, StringComparison.Ordinal))
            return null;
        var m = Pattern().Match(line.ToString());
        if (!m.Success)
            return null;
        return new HeapProfileHeader(Num(m, 1), Num(m, 2), Num(m, 3), Num(m, 4), Num(m, 5));
    }

    private static long Num(Match m, int group) =>
        long.TryParse(m.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : long.MaxValue;
}

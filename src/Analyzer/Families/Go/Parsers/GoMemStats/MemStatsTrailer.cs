using System.Globalization;

namespace Analyzer.Families.Go.Parsers.GoMemStats;

/// <summary>
/// The `# runtime.MemStats` trailer of heap?debug=1 (runtime/pprof writeHeapInternal): one `# Name = value` per line,
/// where value is a number, a bool, a `[n n ...]` array (PauseNs, PauseEnd) or an `inuse / sys` pair (Stack, MSpan,
/// MCache).
/// </summary>
internal static class MemStatsTrailer
{
    public const string Start = "# runtime.MemStats";

    /// <summary>Reads one trailer line into <paramref name="values"/>; false when it is not `# Name = value`.</summary>
    public static bool Read(ReadOnlySpan<char> line, MemStatsValues values)
    {
        if (!line.StartsWith("# ", StringComparison.Ordinal))
            return false;
        var eq = line.IndexOf(" = ", StringComparison.Ordinal);
        if (eq < 0)
            return false;
        var name = line[2..eq].Trim();
        var value = line[(eq + 3)..].Trim();
        if (name.IsEmpty)
            return false;

        if (name.SequenceEqual("GCCPUFraction"))
        {
            if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var fraction))
                values.GcCpuFraction = fraction;
            return true;
        }
        if (name.SequenceEqual("PauseNs"))
        {
            ReadArray(value, values.PauseNs);
            return true;
        }
        var slash = value.IndexOf(" / ", StringComparison.Ordinal);
        if (slash >= 0)
        {
            // "Stack = INUSE / SYS" is StackInuse and StackSys in the JSON form.
            var key = name.ToString();
            if (TryNumber(value[..slash], out var inuse)) values.Set(key + "Inuse", inuse);
            if (TryNumber(value[(slash + 3)..], out var sys)) values.Set(key + "Sys", sys);
            return true;
        }
        if (TryNumber(value, out var number))
            values.Set(name.ToString(), number);
        return true; // bools and arrays the fact does not use (PauseEnd) are known lines all the same
    }

    private static void ReadArray(ReadOnlySpan<char> value, List<ulong> into)
    {
        into.Clear();
        if (value.StartsWith('['))
            value = value[1..];
        if (value.EndsWith(']'))
            value = value[..^1];
        foreach (var range in value.Split(' '))
        {
            if (TryNumber(value[range], out var n))
                into.Add(n);
        }
    }

    private static bool TryNumber(ReadOnlySpan<char> text, out ulong value) =>
        ulong.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out value);
}

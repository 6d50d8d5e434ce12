namespace Analyzer.Families.Zfs.Parsers.ZpoolIostat;

/// <summary>
/// The column names of a `zpool iostat` statistics table as `group.label` (`capacity.alloc`, `total_wait.read`,
/// `scrub.wait`, `syncq_read.pend`), built from the two header lines: each top label spans a known number of bottom
/// labels; bottom labels left over at the end are `-c` script columns and keep their own name.
/// </summary>
internal static class IostatColumns
{
    private static readonly Dictionary<string, int> Spans = new(StringComparer.Ordinal)
    {
        ["capacity"] = 2, ["operations"] = 2, ["bandwidth"] = 2,
        ["total_wait"] = 2, ["disk_wait"] = 2, ["syncq_wait"] = 2, ["asyncq_wait"] = 2,
        ["scrub"] = 1, ["trim"] = 1, ["rebuild"] = 1,
        ["syncq_read"] = 2, ["syncq_write"] = 2, ["asyncq_read"] = 2, ["asyncq_write"] = 2,
        ["scrubq_read"] = 2, ["trimq_write"] = 2, ["rebuildq_write"] = 2,
    };

    /// <summary>Labels of histogram tables (-w latency, -r request size), including 0.7's `sync_queue`/`async_queue`.</summary>
    private static readonly HashSet<string> HistogramGroups = new(StringComparer.Ordinal)
    {
        "total_wait", "disk_wait", "syncq_wait", "asyncq_wait", "sync_queue", "async_queue", "scrub", "trim", "rebuild",
        "sync_read", "sync_write", "async_read", "async_write", "ind", "agg",
    };

    public static bool IsTopLabelLine(string[] tokens) =>
        tokens.Length > 0 && tokens.All(t => Spans.ContainsKey(t)) && tokens.Contains("operations");

    public static bool IsHistogramTop(string[] tokens) =>
        tokens.Length >= 2 && !Spans.ContainsKey(tokens[0]) && tokens.Skip(1).All(HistogramGroups.Contains)
        && tokens.Skip(1).Any(t => t is "total_wait" or "sync_read" or "disk_wait" or "sync_queue");

    /// <summary>`group.label` names for the data columns (the name column excluded), or null when the lines do not fit.</summary>
    public static string[]? Build(string[] top, string[] bottom)
    {
        // bottom[0] is the name column's label (`pool`, `vdev`), the rest the data columns.
        var names = new List<string>();
        var b = 1;
        foreach (var group in top)
        {
            if (!Spans.TryGetValue(group, out var span)) return null;
            for (var i = 0; i < span; i++)
            {
                if (b >= bottom.Length) return null;
                names.Add(group + "." + bottom[b++]);
            }
        }
        while (b < bottom.Length) names.Add(bottom[b++]); // -c script columns
        return [.. names];
    }

    /// <summary>Histogram column names: top groups span two bottom labels (read/write, ind/agg); leftovers are single (scrub, trim, rebuild).</summary>
    public static string[] BuildHistogram(string[] top, string[] bottom)
    {
        var names = new List<string>();
        var b = 1;
        var requestSize = bottom[0] == "req_size";
        for (var t = 1; t < top.Length && b < bottom.Length; t++)
        {
            var group = top[t];
            var single = !requestSize && group is "scrub" or "trim" or "rebuild";
            if (single)
            {
                names.Add(group);
                b++;
                continue;
            }
            names.Add(group + "." + bottom[b++]);
            if (b < bottom.Length) names.Add(group + "." + bottom[b++]);
        }
        while (b < bottom.Length) names.Add(bottom[b++]);
        return [.. names];
    }

    /// <summary>
    /// Column names for `-H` scripted output, which prints no header: the layout is told by the number of data
    /// columns. Counts from the source (default 6; -l adds 8 waits + scrub + trim (0.8+) + rebuild (2.2+); -q adds
    /// 2 per queue). A count of 16 is read as 0.8–2.1 `-l`, not 0.7 `-q`.
    /// </summary>
    public static string[]? Scripted(int dataColumns)
    {
        string[] basic = ["capacity.alloc", "capacity.free", "operations.read", "operations.write", "bandwidth.read", "bandwidth.write"];
        string[] waits = ["total_wait.read", "total_wait.write", "disk_wait.read", "disk_wait.write", "syncq_wait.read", "syncq_wait.write", "asyncq_wait.read", "asyncq_wait.write", "scrub.wait"];
        string[] Queues(int groups) => [.. new[] { "syncq_read", "syncq_write", "asyncq_read", "asyncq_write", "scrubq_read", "trimq_write", "rebuildq_write" }
            .Take(groups).SelectMany(g => new[] { g + ".pend", g + ".activ" })];
        return dataColumns switch
        {
            6 => basic,
            17 => [.. basic, .. waits, "trim.wait", "rebuild.wait"],
            16 => [.. basic, .. waits, "trim.wait"],
            15 => [.. basic, .. waits],
            20 => [.. basic, .. Queues(7)],
            18 => [.. basic, .. Queues(6)],
            31 => [.. basic, .. waits, "trim.wait", "rebuild.wait", .. Queues(7)],
            28 => [.. basic, .. waits, "trim.wait", .. Queues(6)],
            _ => null,
        };
    }
}

namespace Analyzer.Families.Linux.Parsers.Iostat;

/// <summary>
/// A device-table header line mapped to columns by name, never by position: `Device:` (sysstat ≤ 11.5.6) or `Device`
/// first, or last with --pretty; kB, MB (-m) or 512-byte sector units; every -x generation (see formats.md §6.1).
/// </summary>
internal sealed class IostatHeader
{
    private IostatHeader(string text, IostatColumn[] columns, double[] scale, int deviceIndex, string layout)
    {
        Text = text;
        Columns = columns;
        Scale = scale;
        DeviceIndex = deviceIndex;
        Layout = layout;
    }

    /// <summary>The header as printed (blanks collapsed): sub-tables of --pretty differ, -h repeats are equal.</summary>
    public string Text { get; }
    public IostatColumn[] Columns { get; }
    /// <summary>Multiplier to kB/s for throughput columns (MB: 1024, sectors: 0.5), 1 otherwise.</summary>
    public double[] Scale { get; }
    public int DeviceIndex { get; }
    public int Count => Columns.Length;
    public string Layout { get; }

    public static IostatHeader? TryParse(ReadOnlySpan<char> line)
    {
        Span<Range> ranges = stackalloc Range[40];
        var n = Analyzer.Text.BlankFields.Split(line, ranges);
        if (n < 2) return null;
        var first = line[ranges[0]];
        var last = line[ranges[n - 1]];
        int device;
        if (first.SequenceEqual("Device:") || first.SequenceEqual("Device")) device = 0;
        else if (last.SequenceEqual("Device")) device = n - 1;
        else return null;

        var columns = new IostatColumn[n];
        var scale = new double[n];
        var names = new string[n];
        var known = 0;
        for (var i = 0; i < n; i++)
        {
            var token = line[ranges[i]].ToString();
            names[i] = token;
            scale[i] = 1;
            if (i == device) continue;
            (columns[i], scale[i]) = Map(token);
            if (columns[i] != IostatColumn.Other) known++;
        }
        if (known == 0) return null;
        return new IostatHeader(string.Join(' ', names), columns, scale, device, LayoutOf(names));
    }

    private static (IostatColumn, double) Map(string token) => token switch
    {
        "r/s" => (IostatColumn.ReadsPerSec, 1),
        "w/s" => (IostatColumn.WritesPerSec, 1),
        "rkB/s" or "kB_read/s" => (IostatColumn.ReadKBps, 1),
        "wkB/s" or "kB_wrtn/s" => (IostatColumn.WriteKBps, 1),
        "rMB/s" or "MB_read/s" => (IostatColumn.ReadKBps, 1024),
        "wMB/s" or "MB_wrtn/s" => (IostatColumn.WriteKBps, 1024),
        "rsec/s" or "Blk_read/s" => (IostatColumn.ReadKBps, 0.5),
        "wsec/s" or "Blk_wrtn/s" => (IostatColumn.WriteKBps, 0.5),
        "kB/s" => (IostatColumn.TotalKBps, 1),
        "MB/s" => (IostatColumn.TotalKBps, 1024),
        "r_await" => (IostatColumn.ReadAwait, 1),
        "w_await" => (IostatColumn.WriteAwait, 1),
        "await" => (IostatColumn.Await, 1),
        "aqu-sz" or "avgqu-sz" => (IostatColumn.Queue, 1),
        "%util" => (IostatColumn.Util, 1),
        "tps" => (IostatColumn.Tps, 1),
        _ => (IostatColumn.Other, 1),
    };

    private static string LayoutOf(string[] names)
    {
        bool Has(string t) => Array.IndexOf(names, t) >= 0;
        if (Has("f/s")) return "extended-12.4";
        if (Has("d/s")) return "extended-12";
        if (Has("aqu-sz") && Has("r/s")) return "extended-11.6";
        if (Has("r_await")) return "extended-10";
        if (Has("avgqu-sz")) return "extended-9";
        if (Has("areq-sz") || Has("rqm/s")) return Has("Device") && names[^1] == "Device" ? "pretty" : "short";
        if (names[^1] == "Device") return "pretty";
        return "basic";
    }
}

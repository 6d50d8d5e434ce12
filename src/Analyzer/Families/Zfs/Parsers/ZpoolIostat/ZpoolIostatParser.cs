using Analyzer.Detection;
using Analyzer.Families.Zfs.Facts;
using Analyzer.Inventory;
using Analyzer.Parsing;
using Analyzer.Text;

namespace Analyzer.Families.Zfs.Parsers.ZpoolIostat;

/// <summary>
/// `zpool iostat` text: the default table, `-v` vdev trees (2 spaces of indent per level), `-l` latency and `-q` queue
/// columns, `-c` script columns, `-w`/`-r` histograms, `-p` exact numbers, `-H` scripted (TAB-separated, no header),
/// `-T` timestamps, decimal-comma locales and interval repeats. See <see cref="IostatReader"/> for the state machine.
/// </summary>
public sealed class ZpoolIostatParser : IFormatParser
{
    public string Format => "zpool-iostat";
    public string Source => ZfsSources.PoolIostat;
    public bool ScansUnclaimedText => false;

    public DetectionConfidence Detect(EntryProbe probe)
    {
        if (probe.IsBinary) return DetectionConfidence.None;
        var lines = probe.HeadLines;
        for (var i = 0; i < Math.Min(lines.Count, 40); i++)
        {
            var tokens = IostatReader.Tokens(lines[i]);
            var header = IostatColumns.IsTopLabelLine(tokens)
                         || (IostatColumns.IsHistogramTop(tokens) && i + 1 < lines.Count && IostatReader.Tokens(lines[i + 1]) is [("latency" or "req_size"), ..]);
            if (header) return i <= 3 ? DetectionConfidence.ContentAtStart : DetectionConfidence.Content;
        }
        return IsIostatName(probe) ? DetectionConfidence.Name : DetectionConfidence.None;
    }

    internal static bool IsIostatName(EntryProbe probe) =>
        SosLayout.IsCommandOutput(probe.HostPath, "zfs", "zpool_iostat")
        || probe.FileName.StartsWith("zpool_iostat", StringComparison.Ordinal) || probe.FileName.StartsWith("zpool-iostat", StringComparison.Ordinal);

    public void Parse(ParseContext context)
    {
        using var lines = new LineReader(context.Content);
        var reader = new IostatReader(context.Path, NoSinceBootInName(context.Path));
        while (lines.TryReadLine(out var line))
            reader.Read(line, lines.LineNumber);
        foreach (var fact in reader.Facts())
            context.Emit(fact);
        if (reader.Rows == 0)
            context.Problem(InputStatus.Failed, reader.HeaderSeen ? "a zpool iostat header but no pool rows" : "no zpool iostat header or rows");
        else if (reader.BadRows > 0)
            context.Problem(InputStatus.Partial, $"{reader.BadRows} row(s) do not fit the header's columns (first at line {reader.FirstBadLine})");
    }

    // sos names a command's output after its command line: `zpool_iostat_-vly_5_2` ran with -y.
    private static bool NoSinceBootInName(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        if (!name.StartsWith("zpool_iostat", StringComparison.Ordinal)) return false;
        foreach (var part in name.Split('_'))
            if (part.Length > 1 && part[0] == '-' && part[1] != '-' && part.Contains('y', StringComparison.Ordinal))
                return true;
        return false;
    }
}

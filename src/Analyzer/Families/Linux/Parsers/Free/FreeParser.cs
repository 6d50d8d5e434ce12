using Analyzer.Detection;
using Analyzer.Families.Linux.Facts;
using Analyzer.Inventory;
using Analyzer.Parsing;
using Analyzer.Rules.Facts;
using Analyzer.Text;

namespace Analyzer.Families.Linux.Parsers.Free;

/// <summary>
/// procps `free` in both generations: new (`total used free shared buff/cache available`, `-w` splits buffers and
/// cache) and old (`total used free shared buffers cached` plus a `-/+ buffers/cache:` line whose free column is
/// what the old tool offered as available). Columns by name; `-h` values carry units (`15Gi`, `1.2G`), other units
/// (-k default, -m, -g) are not printed and are taken from the file name when it says (`free -m`), else KiB.
/// </summary>
public sealed class FreeParser : IFormatParser
{
    public string Format => "free";
    public string Source => HostSources.Resources;
    public bool ScansUnclaimedText => false;

    public bool NameSuggests(EntryProbe nameOnly) => NameHints.IsCommandOutput(nameOnly.FileName, "free");

    public DetectionConfidence Detect(EntryProbe probe)
    {
        if (probe.IsBinary) return DetectionConfidence.None;
        var lines = probe.HeadLines.Where(l => l.Trim().Length > 0).Take(6).ToList();
        if (lines.Count < 2) return DetectionConfidence.None;
        var header = lines.FindIndex(l => IsHeader(l));
        if (header < 0 || header + 1 >= lines.Count || !lines[header + 1].TrimStart().StartsWith("Mem:", StringComparison.Ordinal))
            return DetectionConfidence.None;
        return header == 0 ? DetectionConfidence.ContentAtStart : DetectionConfidence.Content;
    }

    private static bool IsHeader(ReadOnlySpan<char> line)
    {
        var t = line.Trim();
        return t.StartsWith("total", StringComparison.Ordinal) && t.Contains("used", StringComparison.Ordinal) && t.Contains("free", StringComparison.Ordinal);
    }

    public void Parse(ParseContext context)
    {
        using var reader = new LineReader(context.Content);
        Span<Range> ranges = stackalloc Range[16];
        string[]? columns = null;
        var unit = UnitFromName(context.Path);
        long? total = null, free = null, available = null, swapTotal = null, swapFree = null;
        var memLine = 0;
        var memExcerpt = "";
        var human = false;
        while (reader.TryReadLine(out var raw))
        {
            var line = raw.Trim();
            if (line.IsEmpty) continue;
            if (IsHeader(line))
            {
                var n = BlankFields.Split(line, ranges);
                columns = new string[n];
                for (var i = 0; i < n; i++) columns[i] = line[ranges[i]].ToString();
                continue;
            }
            if (columns is null) continue;
            var count = BlankFields.Split(line, ranges);
            if (count < 2) continue;
            var label = line[ranges[0]];
            long? Column(string name, ReadOnlySpan<char> l, Span<Range> r, int c)
            {
                var i = Array.IndexOf(columns, name);
                return i >= 0 && i + 1 < c ? Value(l[r[i + 1]], unit, ref human) : null;
            }
            if (label.SequenceEqual("Mem:"))
            {
                memLine = reader.LineNumber;
                memExcerpt = Excerpt.Of(line);
                total = Column("total", line, ranges, count);
                free = Column("free", line, ranges, count);
                available = Column("available", line, ranges, count);
            }
            else if (label.SequenceEqual("-/+"))
            {
                // `-/+ buffers/cache:    used    free` — the free column is memory not used by processes.
                if (available is null && count >= 4) available = Value(line[ranges[count - 1]], unit, ref human);
            }
            else if (label.SequenceEqual("Swap:"))
            {
                swapTotal = Column("total", line, ranges, count);
                swapFree = Column("free", line, ranges, count);
            }
        }
        if (total is not > 0)
        {
            context.Problem(InputStatus.Failed, "no `Mem:` line with a total under a `total used free` header");
            return;
        }
        context.Emit(new MemoryStats
        {
            Provenance = new Provenance(context.Path, memLine, memLine, memExcerpt),
            Path = context.Path,
            Format = Format,
            TotalKb = total.Value,
            FreeKb = free,
            AvailableKb = available,
            AvailablePercent = available is { } a ? Math.Round(100.0 * a / total.Value, 1) : null,
            SwapTotalKb = swapTotal,
            SwapFreeKb = swapFree,
            SwapUsedPercent = swapTotal is > 0 && swapFree is { } sf ? Math.Round(100.0 * (swapTotal.Value - sf) / swapTotal.Value, 1) : null,
            Unit = human ? "human" : unit.Name,
        });
    }

    private readonly record struct Unit(string Name, double ToKb);

    private static Unit UnitFromName(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..].ToLowerInvariant();
        if (name.Contains("-m", StringComparison.Ordinal) || name.Contains("_m", StringComparison.Ordinal) || name.Contains("mega", StringComparison.Ordinal)) return new("MiB", 1024);
        if (name.Contains("-g", StringComparison.Ordinal) || name.Contains("_g", StringComparison.Ordinal) || name.Contains("giga", StringComparison.Ordinal)) return new("GiB", 1024 * 1024);
        if (name.Contains("-b", StringComparison.Ordinal)) return new("bytes", 1 / 1024.0);
        return new("KiB (assumed)", 1);
    }

    /// <summary>A plain number in the capture's unit, or a -h value: `15Gi`, `512Mi`, `1.2G`, `0B`, `3,5Gi`.</summary>
    private static long? Value(ReadOnlySpan<char> text, Unit unit, ref bool human)
    {
        var scale = unit.ToKb;
        var end = text.Length;
        while (end > 0 && char.IsAsciiLetter(text[end - 1])) end--;
        if (end < text.Length)
        {
            human = true;
            scale = char.ToUpperInvariant(text[end]) switch
            {
                'B' => 1 / 1024.0,
                'K' => 1,
                'M' => 1024,
                'G' => 1024.0 * 1024,
                'T' => 1024.0 * 1024 * 1024,
                'P' => 1024.0 * 1024 * 1024 * 1024,
                _ => 1,
            };
        }
        return HostNumber.TryDouble(text[..end], out var v) ? (long)Math.Round(v * scale) : null;
    }
}

using Analyzer.Detection;
using Analyzer.Families.Linux.Facts;
using Analyzer.Inventory;
using Analyzer.Families.Linux.Parsers.Ps;
using Analyzer.Parsing;
using Analyzer.Rules.Facts;
using Analyzer.Text;

namespace Analyzer.Families.Linux.Parsers.Top;

/// <summary>
/// `top -b` (formats.md §5.2), any procps generation and BusyBox, any number of iterations. Each iteration: the
/// summary (`top - .. load average: ..`, `Tasks:`, `%Cpu(s):`/`Cpu(s):`, `MiB Mem`/`KiB Mem`/`Mem:`, swap) and the task
/// table, read like a ps listing by its header. Emits per iteration a <see cref="ProcessSnapshot"/> and the process
/// facts of <see cref="ProcessTable"/>, plus <see cref="LoadAverage"/> and <see cref="MemoryStats"/>.
/// </summary>
public sealed class TopParser : IFormatParser
{
    public string Format => "top";
    public string Source => HostSources.Processes;
    public bool ScansUnclaimedText => false;

    public bool NameSuggests(EntryProbe nameOnly) => NameHints.IsCommandOutput(nameOnly.FileName, "top");

    public DetectionConfidence Detect(EntryProbe probe)
    {
        if (probe.IsBinary) return DetectionConfidence.None;
        var lines = probe.HeadLines.Select(l => l.Trim()).Where(l => l.Length > 0).Take(5).ToList();
        if (lines.Count < 2) return DetectionConfidence.None;
        if (lines[0].StartsWith("top - ", StringComparison.Ordinal)) return DetectionConfidence.ContentAtStart;
        // BusyBox: `Mem: ...K used` then `CPU:` and `Load average:` before the table.
        if (lines[0].StartsWith("Mem:", StringComparison.Ordinal) && lines.Any(l => l.StartsWith("Load average:", StringComparison.Ordinal)))
            return DetectionConfidence.ContentAtStart;
        return DetectionConfidence.None;
    }

    public void Parse(ParseContext context)
    {
        using var reader = new LineReader(context.Content);
        Span<Range> ranges = stackalloc Range[256];
        long iteration = 0;
        var clock = new TopClock();
        (string? Captured, TimeSpan? Elapsed) time = (null, null);
        ProcessTable? table = null;
        TopMemory? memory = null;
        (int Line, string Excerpt) at = (0, "");
        var rowsUnread = 0;
        while (reader.TryReadLine(out var line))
        {
            var trimmed = line.Trim();
            if (trimmed.IsEmpty)
            {
                if (table is not null && table.Processes > 0) Flush();
                continue;
            }
            var text = trimmed.ToString();
            var busyboxStart = text.StartsWith("Mem:", StringComparison.Ordinal) && text.Contains(" used,", StringComparison.Ordinal) && memory is null;
            if (text.StartsWith("top - ", StringComparison.Ordinal) || busyboxStart || (text.StartsWith("Mem:", StringComparison.Ordinal) && table is not null))
            {
                Flush();
                iteration++;
                time = clock.Read(trimmed);
                at = (reader.LineNumber, Excerpt.Of(trimmed));
                memory = new TopMemory();
                if (busyboxStart || text.StartsWith("Mem:", StringComparison.Ordinal)) memory.Read(text, reader.LineNumber);
                else if (LoadAvg.LoadAvgParser.TryUptime(text) is { } load) EmitLoad(load, reader.LineNumber, trimmed, "top");
                continue;
            }
            if (iteration == 0) continue;
            if (text.StartsWith("Load average:", StringComparison.Ordinal))
            {
                var parts = text["Load average:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length >= 3 && HostNumber.TryDouble(parts[0], out var l1) && HostNumber.TryDouble(parts[1], out var l5) && HostNumber.TryDouble(parts[2], out var l15))
                    EmitLoad((l1, l5, l15), reader.LineNumber, trimmed, "top");
                continue;
            }
            if (table is null && memory is not null && memory.Read(text, reader.LineNumber)) continue;
            if (table is null && ProcessTableHeader.TryParse(trimmed) is { } header)
            {
                table = new ProcessTable(context.Path, Format, new ListingSample(iteration, time.Captured, time.Elapsed, SameMoment: false), header);
                continue;
            }
            if (table is not null)
                table.Add(trimmed, reader.LineNumber, ranges, TopKiB);
        }
        Flush();
        if (iteration == 0)
        {
            context.Problem(InputStatus.Failed, "no `top - ` summary line");
            return;
        }
        if (rowsUnread > 0) context.Problem(InputStatus.Partial, $"{rowsUnread} task-table row(s) did not fit the header");

        void Flush()
        {
            if (memory is { TotalKb: > 0 } m)
            {
                var total = (long)Math.Round(m.TotalKb!.Value);
                var available = m.AvailableKb is { } a ? (long)Math.Round(a) : (long?)null;
                context.Emit(new MemoryStats
                {
                    Provenance = new Provenance(context.Path, m.Line, m.Line, m.Excerpt),
                    Path = context.Path,
                    Format = Format,
                    TotalKb = total,
                    FreeKb = m.Free is { } f ? (long)Math.Round(f) : null,
                    AvailableKb = available,
                    AvailablePercent = available is { } av ? Math.Round(100.0 * av / total, 1) : null,
                    SwapTotalKb = m.SwapTotal is { } st ? (long)Math.Round(st) : null,
                    SwapFreeKb = m.SwapFree is { } sf ? (long)Math.Round(sf) : null,
                    SwapUsedPercent = m.SwapTotal is > 0 && m.SwapFree is { } sf2 ? Math.Round(100.0 * (m.SwapTotal.Value - sf2) / m.SwapTotal.Value, 1) : null,
                    Unit = "KiB",
                });
            }
            memory = null;
            if (table is null) return;
            table.Emit(context, at.Line, at.Excerpt);
            rowsUnread += table.Unreadable;
            table = null;
        }

        void EmitLoad((double, double, double) load, int number, ReadOnlySpan<char> line, string format) =>
            context.Emit(new LoadAverage
            {
                Provenance = new Provenance(context.Path, number, number, Excerpt.Of(line)),
                Path = context.Path,
                Format = format,
                Load1 = load.Item1,
                Load5 = load.Item2,
                Load15 = load.Item3,
            });
    }

    /// <summary>top's RES/VIRT: KiB unless suffixed `m`, `g`, `t` (scaled columns, e.g. `468m`, `1.0g`).</summary>
    private static long? TopKiB(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty) return null;
        var scale = value[^1] switch { 'm' or 'M' => 1024.0, 'g' or 'G' => 1024.0 * 1024, 't' or 'T' => 1024.0 * 1024 * 1024, 'k' or 'K' => 1, _ => 0 };
        if (scale > 0) value = value[..^1];
        else scale = 1;
        return HostNumber.TryDouble(value, out var v) ? (long)Math.Round(v * scale) : null;
    }
}

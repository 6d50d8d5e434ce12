using System.Text.RegularExpressions;
using Analyzer.Detection;
using Analyzer.Families.Linux.Facts;
using Analyzer.Inventory;
using Analyzer.Parsing;
using Analyzer.Rules.Facts;
using Analyzer.Text;

namespace Analyzer.Families.Linux.Parsers.LoadAvg;

/// <summary>
/// Load averages: /proc/loadavg (`0.12 0.34 0.56 1/234 5678`) and `uptime` (` 10:11:12 up 3 days,  4:05,  2 users,
/// load average: 0.00, 0.01, 0.05`; `load averages:` and decimal commas `0,00, 0,01, 0,05` under other locales).
/// </summary>
public sealed partial class LoadAvgParser : IFormatParser
{
    public string Format => "loadavg";
    public string Source => HostSources.Resources;
    public bool ScansUnclaimedText => false;

    [GeneratedRegex(@"^([0-9]+\.[0-9]+) ([0-9]+\.[0-9]+) ([0-9]+\.[0-9]+) ([0-9]+)/([0-9]+) [0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex ProcLoadavg();

    [GeneratedRegex(@"\bup\b.*load averages?:\s*([0-9]+[.,][0-9]+),?\s+([0-9]+[.,][0-9]+),?\s+([0-9]+[.,][0-9]+)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Uptime();

    public bool NameSuggests(EntryProbe nameOnly) =>
        NameHints.IsCommandOutput(nameOnly.FileName, "loadavg") || NameHints.IsCommandOutput(nameOnly.FileName, "uptime");

    public DetectionConfidence Detect(EntryProbe probe)
    {
        if (probe.IsBinary) return DetectionConfidence.None;
        var first = probe.HeadLines.Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
        if (first is null || first.StartsWith("top -", StringComparison.Ordinal)) return DetectionConfidence.None;
        return ProcLoadavg().IsMatch(first) || Uptime().IsMatch(first) ? DetectionConfidence.ContentAtStart : DetectionConfidence.None;
    }

    public void Parse(ParseContext context)
    {
        using var reader = new LineReader(context.Content);
        var count = 0;
        while (reader.TryReadLine(out var raw))
        {
            var line = raw.Trim();
            if (line.IsEmpty) continue;
            var text = line.ToString();
            var proc = ProcLoadavg().Match(text);
            var m = proc.Success ? proc : Uptime().Match(text);
            if (!m.Success) continue;
            count++;
            var (load1, load5, load15) = Loads(m);
            context.Emit(new LoadAverage
            {
                Provenance = new Provenance(context.Path, reader.LineNumber, reader.LineNumber, Excerpt.Of(line)),
                Path = context.Path,
                Format = proc.Success ? "loadavg" : "uptime",
                Load1 = load1,
                Load5 = load5,
                Load15 = load15,
                Runnable = proc.Success ? HostNumber.Long(m.Groups[4].ValueSpan) : null,
                Tasks = proc.Success ? HostNumber.Long(m.Groups[5].ValueSpan) : null,
            });
        }
        if (count == 0) context.Problem(InputStatus.Failed, "no /proc/loadavg or uptime line");
    }

    /// <summary>The uptime part of a top header uses the same grammar.</summary>
    internal static (double, double, double)? TryUptime(string line) => Uptime().Match(line) is { Success: true } m ? Loads(m) : null;

    /// <summary>Groups 1-3 of either grammar: the 1, 5 and 15-minute loads.</summary>
    private static (double, double, double) Loads(Match m) =>
        (HostNumber.Double(m.Groups[1].ValueSpan) ?? 0, HostNumber.Double(m.Groups[2].ValueSpan) ?? 0, HostNumber.Double(m.Groups[3].ValueSpan) ?? 0);
}

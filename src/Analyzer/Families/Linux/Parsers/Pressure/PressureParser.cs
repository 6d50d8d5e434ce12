using System.Text.RegularExpressions;
using Analyzer.Detection;
using Analyzer.Families.Linux.Facts;
using Analyzer.Inventory;
using Analyzer.Parsing;
using Analyzer.Rules.Facts;
using Analyzer.Text;

namespace Analyzer.Families.Linux.Parsers.Pressure;

/// <summary>
/// Pressure stall information, /proc/pressure/{cpu,memory,io} (Linux 4.20+): `some avg10=0.00 avg60=0.00 avg300=0.00
/// total=0` and `full ...`. The resource comes from the file name (`pressure/memory`), a `grep . /proc/pressure/*`
/// prefix (`/proc/pressure/io:some ...`) or a `==> /proc/pressure/cpu <==` header from head. A bare
/// `cat /proc/pressure/*` names nothing: when it holds all three resources they come in the shell's glob order (cpu,
/// io, irq, memory; irq has only a `full` line), otherwise the resource is `unknown`.
/// </summary>
public sealed partial class PressureParser : IFormatParser
{
    public string Format => "psi";
    public string Source => HostSources.Resources;
    public bool ScansUnclaimedText => false;

    [GeneratedRegex(@"^(?:(?<src>\S*?(?<res>cpu|memory|io|irq)):)?(?<kind>some|full) avg10=(?<a10>[0-9.,]+) avg60=(?<a60>[0-9.,]+) avg300=(?<a300>[0-9.,]+) total=(?<total>[0-9]+)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Line();

    [GeneratedRegex(@"pressure/(cpu|memory|io|irq)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Named();

    public bool NameSuggests(EntryProbe nameOnly) =>
        NameHints.HasFolder(nameOnly.HostPath, "proc/pressure/") || NameHints.IsCommandOutput(nameOnly.FileName, "pressure");

    public DetectionConfidence Detect(EntryProbe probe)
    {
        if (probe.IsBinary) return DetectionConfidence.None;
        var lines = probe.HeadLines.Select(l => l.Trim()).Where(l => l.Length > 0).Take(20).ToList();
        if (lines.Count == 0) return DetectionConfidence.None;
        var matches = lines.Count(l => Line().IsMatch(l));
        if (matches == 0) return DetectionConfidence.None;
        return Line().IsMatch(lines[0]) || Named().IsMatch(lines[0]) ? DetectionConfidence.ContentAtStart : DetectionConfidence.Content;
    }

    public void Parse(ParseContext context)
    {
        using var reader = new LineReader(context.Content);
        var fromPath = Named().Match(context.Path);
        var resource = fromPath.Success ? fromPath.Groups[1].Value : FromFileName(context.Path);
        var lines = new List<Families.Linux.Facts.Pressure>();
        var named = false;
        while (reader.TryReadLine(out var raw) && lines.Count < MaxLines)
        {
            var line = raw.Trim();
            if (line.IsEmpty) continue;
            var text = line.ToString();
            var m = Line().Match(text);
            if (!m.Success)
            {
                var header = Named().Match(text);
                if (header.Success)
                {
                    resource = header.Groups[1].Value;
                    named = true;
                }
                continue;
            }
            named |= m.Groups["res"].Success;
            lines.Add(new Families.Linux.Facts.Pressure
            {
                Provenance = new Provenance(context.Path, reader.LineNumber, reader.LineNumber, Excerpt.Of(line)),
                Path = context.Path,
                Resource = m.Groups["res"].Success ? m.Groups["res"].Value : resource,
                Kind = m.Groups["kind"].Value,
                Avg10 = HostNumber.Double(m.Groups["a10"].ValueSpan) ?? 0,
                Avg60 = HostNumber.Double(m.Groups["a60"].ValueSpan) ?? 0,
                Avg300 = HostNumber.Double(m.Groups["a300"].ValueSpan) ?? 0,
                TotalUs = HostNumber.Long(m.Groups["total"].ValueSpan) ?? 0,
            });
        }
        if (lines.Count == 0)
        {
            context.Problem(InputStatus.Failed, "no `some|full avg10=.. avg60=.. avg300=.. total=..` line");
            return;
        }
        if (!named && resource == "unknown") lines = InGlobOrder(lines);
        foreach (var fact in lines) context.Emit(fact);
    }

    public const int MaxLines = 64;

    private static List<Families.Linux.Facts.Pressure> InGlobOrder(List<Families.Linux.Facts.Pressure> lines)
    {
        string[] order = ["cpu", "io", "memory"];
        if (lines.Count(l => l.Kind == "some") != order.Length) return lines;
        var next = -1;
        var previous = "";
        var named = new List<Families.Linux.Facts.Pressure>(lines.Count);
        foreach (var line in lines)
        {
            string resource;
            if (line.Kind == "some") resource = order[++next];
            else resource = previous == "full" ? "irq" : next >= 0 ? order[next] : "unknown";
            named.Add(line with { Resource = resource });
            previous = line.Kind;
        }
        return named;
    }

    private static string FromFileName(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..].ToLowerInvariant();
        foreach (var r in (string[])["memory", "cpu", "io", "irq"])
            if (name == r || name.StartsWith(r + ".", StringComparison.Ordinal) || name.EndsWith("-" + r, StringComparison.Ordinal) || name.EndsWith("_" + r, StringComparison.Ordinal)
                || name.Contains("-" + r + ".", StringComparison.Ordinal) || name.Contains("_" + r + ".", StringComparison.Ordinal))
                return r;
        return "unknown";
    }
}

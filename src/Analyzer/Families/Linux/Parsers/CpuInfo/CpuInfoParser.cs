using Analyzer.Detection;
using Analyzer.Families.Linux.Facts;
using Analyzer.Inventory;
using Analyzer.Parsing;
using Analyzer.Rules.Facts;
using Analyzer.Text;

namespace Analyzer.Families.Linux.Parsers.CpuInfo;

/// <summary>
/// /proc/cpuinfo: one `processor\t: N` block per online CPU (x86, ARM and POWER alike). Only the count is read, as a
/// <see cref="HostCpus"/> fact, so load and run-queue rules can compare against the CPUs of bundles without iostat.
/// </summary>
public sealed class CpuInfoParser : IFormatParser
{
    public string Format => "cpuinfo";
    public string Source => HostSources.Resources;
    public bool ScansUnclaimedText => false;

    public bool NameSuggests(EntryProbe nameOnly) => NameHints.IsCommandOutput(nameOnly.FileName, "cpuinfo");

    public DetectionConfidence Detect(EntryProbe probe)
    {
        if (probe.IsBinary) return DetectionConfidence.None;
        var first = probe.HeadLines.Select(l => l.AsSpan().Trim().ToString()).FirstOrDefault(l => l.Length > 0);
        if (first is null) return DetectionConfidence.None;
        if (IsProcessorLine(first)) return DetectionConfidence.ContentAtStart;
        // ARM kernels print a `Processor : ARMv7 ...` model line before the per-CPU blocks.
        return first.StartsWith("Processor", StringComparison.Ordinal) && probe.HeadLines.Any(l => IsProcessorLine(l))
            ? DetectionConfidence.Content
            : DetectionConfidence.None;
    }

    public void Parse(ParseContext context)
    {
        using var reader = new LineReader(context.Content);
        long cpus = 0;
        var line1 = 0;
        var excerpt = "";
        while (reader.TryReadLine(out var line))
        {
            if (!IsProcessorLine(line)) continue;
            if (cpus++ == 0)
            {
                line1 = reader.LineNumber;
                excerpt = Excerpt.Of(line);
            }
        }
        if (cpus == 0)
        {
            context.Problem(InputStatus.Failed, "no `processor : N` line");
            return;
        }
        context.Emit(new HostCpus { Provenance = new Provenance(context.Path, line1, line1, excerpt), Path = context.Path, Cpus = cpus, Kernel = "" });
    }

    /// <summary>`processor\t: 3` (the lower-case per-CPU key; ARM's upper-case `Processor` names the model).</summary>
    private static bool IsProcessorLine(ReadOnlySpan<char> line)
    {
        if (!line.StartsWith("processor", StringComparison.Ordinal)) return false;
        var rest = line["processor".Length..].TrimStart(" \t");
        return rest.StartsWith(':') && rest[1..].Trim().Length > 0 && char.IsAsciiDigit(rest[1..].Trim()[0]);
    }
}

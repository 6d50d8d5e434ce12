using Analyzer.Reporting;
using Analyzer.Reporting.Sections;
using System.Globalization;
using Analyzer.Families.Linux.Facts;
using Analyzer.Rules.Facts;

namespace Analyzer.Families.Linux.Sections;

/// <summary>Block, ATA, SCSI and NVMe error lines counted per device, most errors first.</summary>
internal sealed class BlockDeviceErrorsSection : IReportSection
{
    private const int MaxRows = 20;

    public ReportTable? Build(FactSet facts)
    {
        var devices = facts.Of<BlockDeviceErrors>()
            .OrderByDescending(d => d.IoErrors)
            .ThenByDescending(d => d.Count)
            .ThenBy(d => d.Device, StringComparer.Ordinal)
            .ToList();
        if (devices.Count == 0)
            return null;
        return new ReportTable(
            "Block device errors",
            "Error lines of the kernel log per device (an ATA port's exceptions and link resets count under `ataN`).",
            ["Device", "Lines", "I/O errors", "Buffer I/O", "ATA exceptions", "Link resets", "SCSI failures", "Timeouts", "First … last"],
            devices.Take(MaxRows).Select(d => (IReadOnlyList<string>)
            [
                d.Device, N(d.Count), IoErrors(d), N(d.BufferErrors), N(d.AtaExceptions), N(d.LinkResets), N(d.ScsiFailures), N(d.Timeouts),
                d.LastLine > (d.Provenance.Line ?? 0) ? $"{d.Provenance} … {d.LastLine}" : d.Provenance.ToString(),
            ]).ToList(),
            devices.Count > MaxRows ? $"{devices.Count - MaxRows} more devices not shown." : null);
    }

    private static string N(long n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>The count, with its medium/target/space/transport share when there is one ("12 (10 medium)").</summary>
    private static string IoErrors(BlockDeviceErrors d)
    {
        var parts = new List<string>(4);
        if (d.MediumErrors > 0) parts.Add(N(d.MediumErrors) + " medium");
        if (d.TargetErrors > 0) parts.Add(N(d.TargetErrors) + " target");
        if (d.SpaceErrors > 0) parts.Add(N(d.SpaceErrors) + " space");
        if (d.TransportErrors > 0) parts.Add(N(d.TransportErrors) + " transport");
        return parts.Count == 0 ? N(d.IoErrors) : $"{N(d.IoErrors)} ({string.Join(", ", parts)})";
    }
}

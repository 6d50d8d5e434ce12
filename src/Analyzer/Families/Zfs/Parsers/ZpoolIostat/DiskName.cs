using System.Text.RegularExpressions;

namespace Analyzer.Families.Zfs.Parsers.ZpoolIostat;

/// <summary>
/// The whole disk a partition belongs to, in the kernel's naming: ZFS gives whole disks a partition 1 (`sdc1`,
/// `nvme0n1p1`, `wwn-0x5000…-part1`) while block-layer error lines name the disk (`I/O error, dev sdc`).
/// </summary>
internal static partial class DiskName
{
    [GeneratedRegex(@"^((?:sd|vd|xvd|hd)[a-z]+)[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Lettered();

    [GeneratedRegex(@"^((?:nvme[0-9]+n[0-9]+|mmcblk[0-9]+|loop[0-9]+|nbd[0-9]+|md[0-9]+))p[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^(.+)-part[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex ById();

    public static string Of(string device)
    {
        foreach (var pattern in new[] { Lettered(), Numbered(), ById() })
            if (pattern.Match(device) is { Success: true } m)
                return m.Groups[1].Value;
        return device;
    }
}

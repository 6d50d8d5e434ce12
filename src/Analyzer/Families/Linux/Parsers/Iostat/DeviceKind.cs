namespace Analyzer.Families.Linux.Parsers.Iostat;

/// <summary>What kind of block device a kernel name denotes, so rules can hold NVMe to tighter latency than disks.</summary>
internal static class DeviceKind
{
    public static string Of(string device)
    {
        if (device.StartsWith("nvme", StringComparison.Ordinal)) return "nvme";
        if (device.StartsWith("dm-", StringComparison.Ordinal)) return "dm";
        if (device.StartsWith("md", StringComparison.Ordinal)) return "md";
        if (device.StartsWith("loop", StringComparison.Ordinal)) return "loop";
        if (device.StartsWith("zram", StringComparison.Ordinal) || device.StartsWith("ram", StringComparison.Ordinal)) return "ram";
        if (device.StartsWith("rbd", StringComparison.Ordinal) || device.StartsWith("nbd", StringComparison.Ordinal)) return "network";
        if (device.StartsWith("sd", StringComparison.Ordinal) || device.StartsWith("vd", StringComparison.Ordinal)
            || device.StartsWith("xvd", StringComparison.Ordinal) || device.StartsWith("hd", StringComparison.Ordinal))
            return "disk";
        return "other";
    }
}

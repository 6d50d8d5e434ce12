namespace Analyzer.Families.Linux.Parsers.KernelLog;

/// <summary>
/// The whole disk a kernel device name belongs to: `Buffer I/O error on dev sdb1` and `I/O error, dev sdb` are one
/// failing disk, so rules group by it. Partitions of sd/vd/xvd/hd disks drop their number, nvme and mmcblk ones
/// their `pN`; anything else (dm-3, md0, loop0, ata3, nvme0n1) is its own name.
/// </summary>
internal static class WholeDisk
{
    public static string Of(string device)
    {
        var span = device.AsSpan();
        if (span.StartsWith("nvme") || span.StartsWith("mmcblk"))
        {
            var p = span.LastIndexOf('p');
            // nvme0n1p2 → nvme0n1; mmcblk0p1 → mmcblk0 (the `p` must follow a digit and precede only digits)
            if (p > 0 && p < span.Length - 1 && char.IsAsciiDigit(span[p - 1]) && span[(p + 1)..].IndexOfAnyExceptInRange('0', '9') < 0)
                return device[..p];
            return device;
        }
        if (span.StartsWith("sd") || span.StartsWith("vd") || span.StartsWith("xvd") || span.StartsWith("hd"))
        {
            var end = span.Length;
            while (end > 0 && char.IsAsciiDigit(span[end - 1])) end--;
            return end > 0 && end < span.Length && char.IsAsciiLetter(span[end - 1]) ? device[..end] : device;
        }
        return device;
    }
}

using System.Globalization;
using System.Numerics;

namespace Analyzer.Families.Lustre.Parsers.LustreDebug;

/// <summary>
/// Names of the subsystem and debug-mask bits (libcfs_debug.h, the names `lctl debug_list` prints), indexed by bit.
/// </summary>
internal static class DebugNames
{
    private static readonly string[] Subsystems =
    [
        "undefined", "mdc", "mds", "osc", "ost", "class", "log", "llite",
        "rpc", "mgmt", "lnet", "lnd", "pinger", "filter", "libcfs", "echo",
        "ldlm", "lov", "lquota", "osd", "lfsck", "snapshot", "", "lmv",
        "", "sec", "gss", "", "mgc", "mgs", "fid", "fld",
    ];

    private static readonly string[] Masks =
    [
        "trace", "inode", "super", "iotrace", "malloc", "cache", "info", "ioctl",
        "neterror", "net", "warning", "buffs", "other", "dentry", "nettrace", "page",
        "dlmtrace", "error", "emerg", "ha", "rpctrace", "vfstrace", "reada", "mmap",
        "config", "console", "quota", "sec", "lfsck", "hsm", "snapshot", "layout",
    ];

    public const uint Error = 0x20000;
    public const uint Emerg = 0x40000;
    public const uint Warning = 0x400;
    public const uint NetError = 0x100;
    public const uint Ha = 0x80000;
    public const uint Console = 0x2000000;
    public const uint SubsysLnet = 0x400;
    public const uint SubsysLnd = 0x800;

    /// <summary>A subsystem has exactly one bit; anything else (or an unnamed bit) is shown as hex.</summary>
    public static string Subsystem(uint value)
    {
        if (BitOperations.PopCount(value) == 1)
        {
            var name = Subsystems[BitOperations.TrailingZeroCount(value)];
            if (name.Length > 0) return name;
        }
        return value.ToString("x8", CultureInfo.InvariantCulture);
    }

    /// <summary>A mask may combine bits (console|warning); zero is printed by libcfs for the console-only path.</summary>
    public static string Mask(uint value)
    {
        if (value == 0) return "0";
        var parts = new List<string>(2);
        for (var bit = 0; bit < 32; bit++)
            if ((value & (1u << bit)) != 0)
                parts.Add(Masks[bit]);
        return string.Join('|', parts);
    }

    public static bool IsError(uint mask) => (mask & (Error | Emerg)) != 0;

    public static bool IsWarning(uint mask) => !IsError(mask) && (mask & (Warning | NetError | Ha)) != 0;
}

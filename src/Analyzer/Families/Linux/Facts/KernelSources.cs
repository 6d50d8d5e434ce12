namespace Analyzer.Families.Linux.Facts;

/// <summary>Evidence source names of the kernel-log family.</summary>
public static class KernelSources
{
    /// <summary>Kernel messages: dmesg (raw and -T), kern.log/syslog/messages, journalctl -k, console captures.</summary>
    public const string KernelLog = "kernel-log";
}

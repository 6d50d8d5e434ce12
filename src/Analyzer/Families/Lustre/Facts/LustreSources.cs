namespace Analyzer.Families.Lustre.Facts;

/// <summary>Evidence source names of the Lustre family (the console messages in kernel logs belong to kernel-log).</summary>
public static class LustreSources
{
    /// <summary>Text of the Lustre kernel debug buffer: `lctl dk`, `lctl debug_kernel`, `lctl debug_file` output.</summary>
    public const string Debug = "lustre";
}

namespace Analyzer.Families.Lustre.Facts;

/// <summary>Evidence source names of kernel tracing captures.</summary>
public static class FtraceSources
{
    /// <summary>Text of the ftrace ring buffer (`cat trace`) and `trace-cmd report` output.</summary>
    public const string Ftrace = "ftrace";
}

using Analyzer.Rules.Facts;

namespace Analyzer.Families.Linux.Facts;

/// <summary>One frame of a kernel stack (/proc/PID/stack), innermost first.</summary>
public sealed record KernelFrame(
    [property: Field("Kernel function, e.g. io_schedule")] string Function,
    [property: Field("+offset/length as printed, e.g. +0x12/0x40, or empty")] string Offset,
    [property: Field("Module in brackets, e.g. nfs, or empty for the core kernel")] string Module);

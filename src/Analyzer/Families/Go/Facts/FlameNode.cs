namespace Analyzer.Families.Go.Facts;

/// <summary>
/// One frame of a <see cref="FlameTree"/>, in preorder: its depth (0 = a root), the function, the value of every sample
/// passing through it (cum along this path) and its self value (samples ending here, plus callees pruned away).
/// </summary>
public sealed record FlameNode
{
    public required string Function { get; init; }
    public int Depth { get; init; }
    public long Value { get; init; }
    public long Self { get; init; }

    /// <summary>Kernel frame (perf `[kernel.kallsyms]`/vmlinux/module DSO, folded `_[k]`).</summary>
    public bool Kernel { get; init; }
}

namespace Analyzer.Tests.Damage;

/// <summary>
/// A container runtime or orchestrator carrying a container's stdout/stderr. It carries services and samplers run in
/// a container, never the host kernel's log (the kernel does not write to a container's stderr).
/// </summary>
internal abstract class ContainerWrapper : LineWrapper
{
    public override string? NotApplicable(EvidenceKind kind) => kind switch
    {
        EvidenceKind.KernelLog => "the kernel log does not reach a container runtime",
        _ => base.NotApplicable(kind),
    };
}

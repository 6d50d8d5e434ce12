namespace Analyzer.Tests.Damage;

/// <summary><c>kubectl logs --timestamps</c>: the RFC 3339 nanosecond stamp and one space before each line.</summary>
internal sealed class KubectlTimestamps : ContainerWrapper
{
    public override string Name => "kubectl-timestamps";

    protected override string Wrap(string line, int index, EvidenceKind kind) => $"{LineClock.Nanos(index)} {line}";
}

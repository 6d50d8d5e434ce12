namespace Analyzer.Tests.Damage;

/// <summary><c>docker compose logs</c>: the service container's name padded to the widest, a bar, then the line: <c>svc-1  | msg</c>.</summary>
internal sealed class ComposePrefix : ContainerWrapper
{
    public override string Name => "docker-compose";

    protected override string Wrap(string line, int index, EvidenceKind kind) => $"svc-1  | {line}";
}

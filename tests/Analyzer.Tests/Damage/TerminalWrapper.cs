namespace Analyzer.Tests.Damage;

/// <summary>A per-line change a terminal, pager, editor or chat makes: happens to any text evidence, snapshots too.</summary>
internal abstract class TerminalWrapper : LineWrapper
{
    public override string? NotApplicable(EvidenceKind kind) => null;
}

namespace Analyzer.Tests.Damage;

/// <summary><c>grep -n ''</c> (or <c>nl</c>-like editor exports): <c>1:line</c>.</summary>
internal sealed class GrepNumbered : TerminalWrapper
{
    public override string Name => "grep-n";

    protected override string Wrap(string line, int index, EvidenceKind kind) => $"{index + 1}:{line}";
}

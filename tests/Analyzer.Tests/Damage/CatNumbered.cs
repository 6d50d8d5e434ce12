namespace Analyzer.Tests.Damage;

/// <summary><c>cat -n</c>: the one-based line number right-aligned in six columns, a TAB, then the line.</summary>
internal sealed class CatNumbered : TerminalWrapper
{
    public override string Name => "cat-n";

    protected override string Wrap(string line, int index, EvidenceKind kind) => $"{index + 1,6}\t{line}";
}

namespace Analyzer.Tests.Damage;

/// <summary>Every TAB replaced by four spaces, as an editor with "insert spaces" or a terminal copy leaves it.</summary>
internal sealed class TabsToSpaces : TerminalWrapper
{
    public override string Name => "tabs-to-spaces";

    protected override string Wrap(string line, int index, EvidenceKind kind) => line.Replace("\t", "    ", StringComparison.Ordinal);
}

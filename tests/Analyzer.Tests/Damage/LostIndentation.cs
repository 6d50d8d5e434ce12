namespace Analyzer.Tests.Damage;

/// <summary>Every line's leading spaces and TABs gone, as chat clients, some web forms and "reflow" editors leave a paste.</summary>
internal sealed class LostIndentation : TerminalWrapper
{
    public override string Name => "lost-indentation";

    protected override string Wrap(string line, int index, EvidenceKind kind) => line.TrimStart(' ', '\t');
}

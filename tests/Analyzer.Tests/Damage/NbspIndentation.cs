namespace Analyzer.Tests.Damage;

/// <summary>
/// Leading indentation turned into non-breaking spaces (U+00A0), as text copied from a web page or a rich-text chat
/// comes: one per space, four per TAB (the width the page drew it at).
/// </summary>
internal sealed class NbspIndentation : TerminalWrapper
{
    public override string Name => "nbsp-indentation";

    protected override string Wrap(string line, int index, EvidenceKind kind)
    {
        var body = line.TrimStart(' ', '\t');
        var indent = line[..(line.Length - body.Length)];
        return indent.Replace(" ", "\u00a0", StringComparison.Ordinal).Replace("\t", "\u00a0\u00a0\u00a0\u00a0", StringComparison.Ordinal) + body;
    }
}

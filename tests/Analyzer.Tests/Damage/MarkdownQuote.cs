namespace Analyzer.Tests.Damage;

/// <summary>A Markdown block quote, as an issue or a mail reply quotes a paste: <c>&gt; line</c>, a bare <c>&gt;</c> for an empty line.</summary>
internal sealed class MarkdownQuote : TerminalWrapper
{
    public override string Name => "markdown-quote";

    protected override string Wrap(string line, int index, EvidenceKind kind) => line.Length == 0 ? ">" : $"> {line}";
}

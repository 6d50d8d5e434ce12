namespace Analyzer.Tests.Damage;

/// <summary>CRLF line ends, as a Windows editor, a mail client or a browser text area saves a paste.</summary>
internal sealed class CrlfLineEnds : IPasteDamage
{
    public string Name => "crlf";

    public string? NotApplicable(EvidenceKind kind) => null;

    public string Apply(string text, string path, EvidenceKind kind) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal);
}

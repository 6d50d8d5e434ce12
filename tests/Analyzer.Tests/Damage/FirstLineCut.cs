namespace Analyzer.Tests.Damage;

/// <summary>
/// The paste starts in the middle of the first line (a selection dragged from mid-line, a scrollback that began
/// there): the first half of the first line's characters is gone.
/// </summary>
internal sealed class FirstLineCut : IPasteDamage
{
    public string Name => "first-line-cut";

    public string? NotApplicable(EvidenceKind kind) => null;

    public string Apply(string text, string path, EvidenceKind kind)
    {
        var end = text.IndexOf('\n');
        var firstLength = end < 0 ? text.Length : end;
        return text[(firstLength / 2)..];
    }
}

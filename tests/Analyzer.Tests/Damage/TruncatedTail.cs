namespace Analyzer.Tests.Damage;

/// <summary>
/// The paste stops early (a size limit of a chat or tracker, a scrollback cut): the last third of the lines is gone
/// and the new last line stops in its middle, without a newline. The cut mid-line is the sign a reader can see.
/// </summary>
internal sealed class TruncatedTail : IPasteDamage
{
    public string Name => "truncated-tail";

    public string? NotApplicable(EvidenceKind kind) => null;

    public string Apply(string text, string path, EvidenceKind kind)
    {
        if (text.Length == 0)
            return text;
        var lines = TextLines.Split(text, out _);
        var keep = Math.Max(1, lines.Count - lines.Count / 3);
        var kept = lines.Take(keep).ToList();
        kept[^1] = kept[^1][..(kept[^1].Length / 2)];
        return TextLines.Join(kept, finalNewline: false);
    }
}

namespace Analyzer.Tests.Damage;

/// <summary>
/// <c>head -n 100000 a b</c> (or <c>tail -n +1 a b</c>) pasted as one file: each file under a <c>==&gt; PATH &lt;==</c>
/// header, a blank line between them. The bundle's damageable files are paired in path order and each pair is
/// saved under the first one's path; an odd last file comes alone with its header, as <c>head -v</c> prints it.
/// </summary>
internal sealed class HeadConcatenation : IBundlePasteDamage
{
    public string Name => "head-concatenation";

    public string? NotApplicable(EvidenceKind kind) => null;

    /// <summary>One file alone, as <c>head -v PATH</c> prints it.</summary>
    public string Apply(string text, string path, EvidenceKind kind) => Header(path) + text;

    public IReadOnlyList<DamagedFile> ApplyToBundle(IReadOnlyList<DamagedFile> files)
    {
        var ordered = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        var result = new List<DamagedFile>();
        for (var i = 0; i < ordered.Count; i += 2)
        {
            var first = ordered[i];
            if (i + 1 == ordered.Count)
            {
                result.Add(first with { Text = Apply(first.Text, first.Path, first.Kind) });
                break;
            }
            var second = ordered[i + 1];
            var firstText = first.Text.Length == 0 || first.Text.EndsWith('\n') ? first.Text : first.Text + "\n";
            result.Add(first with { Text = Header(first.Path) + firstText + "\n" + Header(second.Path) + second.Text });
        }
        return result;
    }

    private static string Header(string path) => $"==> {path} <==\n";
}

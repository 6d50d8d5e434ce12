namespace Analyzer.Reporting.Gaps;

/// <summary>How the gaps are said: in the verdict reason (one sentence) and on stderr (one line each).</summary>
public static class GapSentences
{
    /// <summary>Evidence inputs named on stderr; the rest are counted.</summary>
    private const int NamedInputs = 5;

    /// <summary>
    /// The verdict when no rule reached one: an empty or unrecognisable bundle is said as such, anything else is too
    /// little evidence.
    /// </summary>
    public static string NoVerdict(IReadOnlyList<EvidenceGap> gaps) =>
        gaps.FirstOrDefault(g => g.Kind is EvidenceGapKind.EmptyBundle or EvidenceGapKind.NothingRecognised) switch
        {
            { Kind: EvidenceGapKind.EmptyBundle } g => $"Nothing to examine: {g.Reason}.",
            { } g => $"Nothing in the bundle was recognised as evidence: {g.Reason} (see the inputs table).",
            null => "Too little recognised evidence to say what is wrong.",
        };

    /// <summary>
    /// What the verdict reason adds about the bundle as a whole (damaged archives, the entry cap), or null. Inputs read in
    /// part are left to the verdict rules, which name them when they keep the verdict open.
    /// </summary>
    public static string? BundleLevel(IReadOnlyList<EvidenceGap> gaps)
    {
        var parts = new List<string>();
        foreach (var g in gaps.Where(g => g.Kind == EvidenceGapKind.DamagedContainer))
            parts.Add($"{g.Path} is damaged ({g.Reason}), so what it held after that was not seen.");
        if (gaps.FirstOrDefault(g => g.Kind == EvidenceGapKind.EntryCap) is { } cap)
            parts.Add(cap.Reason + ".");
        return parts.Count == 0 ? null : string.Join(" ", parts);
    }

    /// <summary>The stderr lines: every bundle-level gap, then the unread evidence inputs (the first few by name).</summary>
    public static IEnumerable<string> Lines(IReadOnlyList<EvidenceGap> gaps)
    {
        foreach (var g in gaps.Where(g => g.Kind != EvidenceGapKind.EvidenceUnread))
            yield return g.Kind switch
            {
                EvidenceGapKind.EmptyBundle or EvidenceGapKind.NothingRecognised => $"{g.Path}: {g.Reason}",
                EvidenceGapKind.EntryCap => $"{g.Reason}; the verdict is drawn from the rest, the inventory lists them as skipped",
                _ => $"{g.Path}: damaged: {g.Reason}",
            };
        var unread = gaps.Where(g => g.Kind == EvidenceGapKind.EvidenceUnread).ToList();
        foreach (var g in unread.Take(NamedInputs))
            yield return $"{g.Path}: {g.Reason}";
        if (unread.Count > NamedInputs)
            yield return $"and {Humanize.Count(unread.Count - NamedInputs, "more input")} not fully read; see the inputs table";
    }
}

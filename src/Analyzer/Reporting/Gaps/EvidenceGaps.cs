using Analyzer.Bundles;
using Analyzer.Inventory;
using Analyzer.Pipeline;

namespace Analyzer.Reporting.Gaps;

/// <summary>
/// Finds what the bundle kept from the analysis, from the inventory and the entry cap: an empty bundle, a bundle of
/// which nothing was recognised, a damaged archive, files the cap left unread, evidence read only in part. A verdict
/// drawn from less than the whole bundle must say so, whichever verdict it is.
/// </summary>
public static class EvidenceGaps
{
    public static IReadOnlyList<EvidenceGap> Find(string bundle, IReadOnlyList<InputRecord> inputs, IReadOnlyList<UnreadFolder> unread)
    {
        var gaps = new List<EvidenceGap>();
        var present = inputs.Where(i => i.Status != InputStatus.Skipped).ToList();
        if (present.Count == 0 && unread.Count == 0)
            gaps.Add(new EvidenceGap(EvidenceGapKind.EmptyBundle, bundle, Empty(inputs)));
        else if (present.Count > 0 && !present.Any(i => EvidenceInputs.Is(i) && i.Status is InputStatus.Parsed or InputStatus.Partial))
            gaps.Add(new EvidenceGap(EvidenceGapKind.NothingRecognised, bundle,
                $"none of its {present.Count} input(s) is in a format triage reads"));
        foreach (var input in present.Where(i => !EvidenceInputs.Is(i) && i.Status is InputStatus.Failed or InputStatus.Partial))
            gaps.Add(new EvidenceGap(EvidenceGapKind.DamagedContainer, input.Path, FirstProblem(input)));
        if (UnreadSummary.Sentence(unread) is { } sentence)
            gaps.Add(new EvidenceGap(EvidenceGapKind.EntryCap, bundle, sentence.TrimEnd('.')));
        foreach (var input in present.Where(i => EvidenceInputs.Is(i) && i.Status is not InputStatus.Parsed))
            gaps.Add(new EvidenceGap(EvidenceGapKind.EvidenceUnread, input.Path, $"{StatusText.Of(input.Status)}: {FirstProblem(input)}"));
        return gaps;
    }

    private static string Empty(IReadOnlyList<InputRecord> inputs) => inputs.Count == 0
        ? "the bundle holds no file"
        : $"the bundle holds no readable file ({inputs.Count} skipped: {FirstProblem(inputs[0])})";

    private static string FirstProblem(InputRecord input) => input.Problems.Count > 0 ? input.Problems[0] : "no reason given";
}

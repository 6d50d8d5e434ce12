namespace Analyzer.Reporting.Gaps;

/// <summary>The kinds as the JSON report writes them.</summary>
public static class EvidenceGapKindText
{
    public static string Of(EvidenceGapKind kind) => kind switch
    {
        EvidenceGapKind.EmptyBundle => "empty-bundle",
        EvidenceGapKind.NothingRecognised => "nothing-recognised",
        EvidenceGapKind.DamagedContainer => "damaged-container",
        EvidenceGapKind.EntryCap => "entry-cap",
        _ => "evidence-unread",
    };
}

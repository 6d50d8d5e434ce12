namespace Analyzer.Reporting.Gaps;

/// <summary>Why the evidence the verdict was drawn from is not the whole bundle (JSON: <c>incomplete[].kind</c>).</summary>
public enum EvidenceGapKind
{
    /// <summary>The bundle held no file at all.</summary>
    EmptyBundle,

    /// <summary>Files were there, but none in a format a reader knows.</summary>
    NothingRecognised,

    /// <summary>An archive (or a compressed file) ended early or was corrupt: what came after was never seen.</summary>
    DamagedContainer,

    /// <summary>The entry cap left files unread.</summary>
    EntryCap,

    /// <summary>An input that looks like evidence was not understood, or only in part.</summary>
    EvidenceUnread,
}

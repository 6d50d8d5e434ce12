namespace Analyzer.Tests.Damage;

/// <summary>
/// One way evidence gets changed between the tool that printed it and triage: a wrapper a carrier adds (journald,
/// docker, kubectl, a terminal) or damage a paste does (CRLF, lost indentation, a cut line). Deterministic: the
/// same text always comes out the same.
/// </summary>
internal interface IPasteDamage
{
    /// <summary>The short name used in known-gaps.txt and matrix.md.</summary>
    string Name { get; }

    /// <summary>Why this damage cannot happen to this kind of evidence, or null when it can.</summary>
    string? NotApplicable(EvidenceKind kind);

    /// <summary>The text as it reaches triage; <paramref name="path"/> is the file's bundle path (for prompts and headers).</summary>
    string Apply(string text, string path, EvidenceKind kind);
}

using Analyzer.Rules.Diagnostics;

namespace Analyzer.Rules.Config;

/// <summary>
/// One entry of a suppressions file: which findings (a fingerprint, or a rule id with an optional glob over the
/// primary evidence path), why, and until when. Past its expiry date it no longer suppresses anything.
/// </summary>
public sealed record Suppression(string? Fingerprint, string? RuleId, string? PathGlob, string Reason, DateOnly? Expires, SourceLocation Location)
{
    public bool ExpiredOn(DateOnly today) => Expires is { } e && e < today;

    /// <summary>What it names, for messages: the fingerprint, or the rule id and glob.</summary>
    public string Target => Fingerprint ?? (PathGlob is null ? RuleId! : $"{RuleId} at {PathGlob}");
}

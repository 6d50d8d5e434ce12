using Analyzer.Rules.Config;
using Analyzer.Rules.Engine;

namespace Analyzer.Reporting.Suppressions;

/// <summary>
/// The suppressions in force on a given day: an entry past its expiry date suppresses nothing (the finding counts
/// again) and is listed in <see cref="Expired"/>, for a warning on stderr and in the report.
/// </summary>
public sealed class SuppressionSet
{
    private readonly IReadOnlyList<Suppression> _active;

    public SuppressionSet(IReadOnlyList<Suppression> all, DateOnly today)
    {
        _active = all.Where(s => !s.ExpiredOn(today)).ToList();
        Expired = all.Where(s => s.ExpiredOn(today)).ToList();
    }

    public static SuppressionSet None { get; } = new([], DateOnly.MinValue);

    public IReadOnlyList<Suppression> Expired { get; }

    /// <summary>The first entry in force that names <paramref name="finding"/>, or null.</summary>
    public Suppression? Match(Finding finding)
    {
        if (_active.Count == 0) return null;
        var fingerprint = FindingFingerprint.Of(finding);
        var path = finding.Evidence.Count > 0 ? finding.Evidence[0].Path : "";
        return _active.FirstOrDefault(s => s.Fingerprint is { } f
            ? string.Equals(f, fingerprint, StringComparison.Ordinal)
            : string.Equals(s.RuleId, finding.RuleId, StringComparison.Ordinal) && (s.PathGlob is null || PathGlob.Matches(s.PathGlob, path)));
    }
}

namespace Analyzer.Bundles;

/// <summary>
/// A member name made safe to show: '/'-separated, no leading './', no empty segments, control characters shown as '?'.
/// <see cref="Rejection"/> says why the member must not be read (null when it is fine).
/// </summary>
internal sealed record SanitizedPath(string Path, string? Rejection);

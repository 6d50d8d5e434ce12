using System.Text.RegularExpressions;

namespace Analyzer.Rules.Expressions.Runtime;

/// <summary>String functions. Ordinal and culture-free; a null operand makes a predicate false and a transform null.</summary>
internal static class Text
{
    /// <summary>Bounds the time one match may take, so that a pathological pattern cannot stall an analysis.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(250);

    public const RegexOptions Options = RegexOptions.CultureInvariant;

    public static bool Contains(string? s, string? x) => s is not null && x is not null && s.Contains(x, StringComparison.Ordinal);
    public static bool StartsWith(string? s, string? x) => s is not null && x is not null && s.StartsWith(x, StringComparison.Ordinal);
    public static bool EndsWith(string? s, string? x) => s is not null && x is not null && s.EndsWith(x, StringComparison.Ordinal);
    public static string? Lower(string? s) => s?.ToLowerInvariant();
    public static string? Upper(string? s) => s?.ToUpperInvariant();
    public static string? Trim(string? s) => s?.Trim();
    public static long? Size(string? s) => s?.Length ?? 0;

    /// <summary>A literal pattern, compiled once when the rule loads.</summary>
    public static bool Matches(string? s, Regex regex) => s is not null && regex.IsMatch(s);

    /// <summary>A computed pattern: goes through Regex's own cache; an invalid one throws, so the rule ends in error.</summary>
    public static bool Matches(string? s, string? pattern) =>
        s is not null && pattern is not null && Regex.IsMatch(s, pattern, Options, MatchTimeout);
}

using System.Text.RegularExpressions;
using Analyzer.Rules.Diagnostics;

namespace Analyzer.Rules.Expressions.Runtime;

/// <summary>
/// A regular expression written as a literal in a rule (<c>x.matches('...')</c>). Its syntax is checked when the rule
/// binds, with the cheap backtracking parser; the linear-time matcher (<see cref="Text.Options"/>) is built on first
/// use, because building one costs milliseconds (character-class algebra) and most rules never run on a given bundle:
/// built eagerly, the shipped rules' nine patterns were a third of start-up. <see cref="Verify"/> builds it now, which
/// is how `rules check` and user rules still get a construct the linear engine refuses (a lookaround, a
/// backreference) as a load error with its location.
/// </summary>
public sealed class LiteralPattern
{
    private readonly Lazy<Regex> _regex;
    private readonly Func<string, Diagnostic> _describe;

    private LiteralPattern(string pattern, Func<string, Diagnostic> describe)
    {
        Pattern = pattern;
        _describe = describe;
        _regex = new Lazy<Regex>(() => new Regex(pattern, Text.Options));
    }

    public string Pattern { get; }

    /// <summary>The matcher; throws (and the rule ends in error) if the linear engine refuses the pattern.</summary>
    public Regex Regex => _regex.Value;

    /// <summary>
    /// A pattern whose syntax parses, or null with <paramref name="error"/> set. <paramref name="describe"/> turns a
    /// message into the diagnostic for this literal, for <see cref="Verify"/>.
    /// </summary>
    public static LiteralPattern? Parse(string pattern, Func<string, Diagnostic> describe, out string? error)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant);
            error = null;
            return new LiteralPattern(pattern, describe);
        }
        catch (ArgumentException e)
        {
            error = e.Message;
            return null;
        }
    }

    /// <summary>Builds the matcher now: null when it builds, else the diagnostic saying why not.</summary>
    public Diagnostic? Verify()
    {
        try
        {
            _ = Regex;
            return null;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return _describe($"invalid regular expression: {e.Message}");
        }
    }
}

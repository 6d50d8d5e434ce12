namespace Analyzer.Rules.Diagnostics;

/// <summary>"an int", "a string": messages that name a type read as English.</summary>
internal static class Article
{
    public static string With(string noun) =>
        (noun.Length > 0 && "aeiou".Contains(char.ToLowerInvariant(noun[0]), StringComparison.Ordinal) ? "an " : "a ") + noun;
}

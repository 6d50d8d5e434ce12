namespace Analyzer.Reporting.Suppressions;

/// <summary>
/// Globs over bundle paths: <c>*</c> and <c>?</c> stay within one folder level, <c>**</c> crosses levels. Matched
/// by backtracking over the two strings, no regular expression built from user text.
/// </summary>
internal static class PathGlob
{
    public static bool Matches(string glob, string path) => Match(glob.AsSpan(), path.AsSpan());

    private static bool Match(ReadOnlySpan<char> glob, ReadOnlySpan<char> path)
    {
        while (glob.Length > 0)
        {
            if (glob.StartsWith("**"))
            {
                var rest = glob[2..];
                if (rest.StartsWith("/")) rest = rest[1..];
                for (var i = 0; i <= path.Length; i++)
                    if ((i == 0 || path[i - 1] == '/' || rest.Length == 0) && Match(rest, path[i..]))
                        return true;
                return false;
            }
            if (glob[0] == '*')
            {
                for (var i = 0; i <= path.Length; i++)
                {
                    if (Match(glob[1..], path[i..])) return true;
                    if (i < path.Length && path[i] == '/') return false;
                }
                return false;
            }
            if (path.Length == 0 || path[0] == '/' && glob[0] == '?' || glob[0] != '?' && glob[0] != path[0])
                return false;
            glob = glob[1..];
            path = path[1..];
        }
        return path.Length == 0;
    }
}

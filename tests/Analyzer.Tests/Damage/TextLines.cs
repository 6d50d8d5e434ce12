namespace Analyzer.Tests.Damage;

/// <summary>
/// Line-by-line rewriting that keeps the file's shape: a final newline stays final (it is not a line of its own),
/// and a file without one stays without.
/// </summary>
internal static class TextLines
{
    public static List<string> Split(string text, out bool finalNewline)
    {
        finalNewline = text.EndsWith('\n');
        var body = finalNewline ? text[..^1] : text;
        return body.Length == 0 && finalNewline ? [""] : [.. body.Split('\n')];
    }

    public static string Join(IEnumerable<string> lines, bool finalNewline) =>
        string.Join('\n', lines) + (finalNewline ? "\n" : "");

    /// <summary>Rewrites every line; the function gets the line and its zero-based index.</summary>
    public static string Map(string text, Func<string, int, string> map)
    {
        if (text.Length == 0)
            return text;
        var lines = Split(text, out var finalNewline);
        return Join(lines.Select(map), finalNewline);
    }
}

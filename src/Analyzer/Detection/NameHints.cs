namespace Analyzer.Detection;

/// <summary>Helpers for <see cref="IFormatParser.NameSuggests"/>: how collectors name a command's saved output.</summary>
public static class NameHints
{
    /// <summary>
    /// The file name is the command's name, alone or followed by a non-letter (<c>top</c>, <c>top.txt</c>,
    /// <c>top_-b_-n_1</c>, <c>vmstat-1-10.out</c>), but not a longer word (<c>topology</c>).
    /// </summary>
    public static bool IsCommandOutput(string fileName, string command) =>
        fileName.StartsWith(command, StringComparison.OrdinalIgnoreCase)
        && (fileName.Length == command.Length || !char.IsAsciiLetter(fileName[command.Length]));

    /// <summary>The path has <paramref name="folder"/> (e.g. <c>proc/</c>) as a whole segment.</summary>
    public static bool HasFolder(string path, string folder) =>
        path.StartsWith(folder, StringComparison.Ordinal) || path.Contains("/" + folder, StringComparison.Ordinal);
}

using System.Text;

namespace Analyzer.Bundles;

/// <summary>
/// Normalises archive member names and rejects the hostile ones. Nothing is ever written to disk, but the paths
/// flow into reports and other tools, so a member must never look as if it lived outside the bundle.
/// Backslashes are treated as separators: archives made on Windows use them, and so do traversal tricks
/// like <c>..\..\etc\passwd</c>.
/// </summary>
internal static class EntryPathSanitizer
{
    public static SanitizedPath Sanitize(string rawName)
    {
        var hasControl = false;
        var builder = new StringBuilder(rawName.Length);
        foreach (var c in rawName)
        {
            if (char.IsControl(c))
            {
                hasControl = true;
                builder.Append('?');
            }
            else
            {
                builder.Append(c == '\\' ? '/' : c);
            }
        }

        var normalised = builder.ToString();
        var isAbsolute = normalised.StartsWith('/') || HasDriveLetter(normalised);
        var segments = normalised
            .Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Where(segment => segment != ".")
            .ToArray();
        var escapes = segments.Contains("..");
        var path = string.Join('/', segments);

        string? rejection = null;
        if (hasControl)
        {
            rejection = "name contains control characters";
        }
        else if (isAbsolute)
        {
            rejection = $"absolute path {Printable(rawName)} is not allowed";
        }
        else if (escapes)
        {
            rejection = "path escapes the bundle root";
        }
        else if (path.Length == 0)
        {
            rejection = "entry has an empty name";
            path = "(unnamed)";
        }

        return new SanitizedPath(path, rejection);
    }

    /// <summary>A name from an archive (e.g. a link target) made safe to quote in a message.</summary>
    public static string Printable(string text) =>
        string.Concat(text.Select(c => char.IsControl(c) ? '?' : c));

    private static bool HasDriveLetter(string path) => path.Length >= 2 && char.IsAsciiLetter(path[0]) && path[1] == ':';
}

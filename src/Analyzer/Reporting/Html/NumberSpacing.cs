using System.Text;
using System.Text.RegularExpressions;

namespace Analyzer.Reporting.Html;

/// <summary>
/// Keeps a number and its unit on one line in the HTML report's prose ("1.65 ms", "131 MiB", "100 %"): the space between
/// them becomes a no-break space. Code spans are left as written, so a command copied from the page is the command.
/// </summary>
internal static partial class NumberSpacing
{
    [GeneratedRegex(@"(?<=\d) (?=(?:[KMGTP]iB|[kMGT]B|B|ns|µs|us|ms|s|min|h|d|%|MB/s|KiB/s|MiB/s|kB/s|reads/s|writes/s|requests|queued)(?![\p{L}\d]))", RegexOptions.CultureInvariant)]
    private static partial Regex UnitSpace();

    [GeneratedRegex("<code>.*?</code>|<[^>]*>", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Protected();

    /// <summary>Applies the no-break spaces to <paramref name="html"/> outside code spans and tags.</summary>
    public static string Apply(string html)
    {
        var sb = new StringBuilder(html.Length);
        var at = 0;
        foreach (Match m in Protected().Matches(html))
        {
            sb.Append(UnitSpace().Replace(html[at..m.Index], "&#160;"));
            sb.Append(m.Value);
            at = m.Index + m.Length;
        }
        sb.Append(UnitSpace().Replace(html[at..], "&#160;"));
        return sb.ToString();
    }
}

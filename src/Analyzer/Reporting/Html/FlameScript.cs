using Analyzer.Rules.Hashing;
using System.Text;

namespace Analyzer.Reporting.Html;

/// <summary>
/// The flame graphs' click-to-zoom and search script (Reporting/Templates/flame.js), inlined into the page and allowed
/// by the Content-Security-Policy through its SHA-256 — computed here from the very text the page carries, so the two
/// cannot drift apart. The script holds no '&lt;' and no '&amp;', which keeps the page well-formed XML.
/// </summary>
internal static class FlameScript
{
    private static readonly Lazy<string> Source = new(() =>
    {
        using var stream = typeof(FlameScript).Assembly.GetManifestResourceStream("Analyzer.Reporting.Templates.flame.js")
                           ?? throw new InvalidOperationException("flame graph script is missing from the assembly");
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
        if (text.Contains('<') || text.Contains('&') || text.Contains("</script", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException("flame.js must hold no '<' or '&': the page is also read as XML");
        return text;
    });

    public static string Text => Source.Value;

    /// <summary>The CSP source expression that allows exactly <see cref="Text"/>: 'sha256-' and the base64 digest.</summary>
    public static string Hash => "sha256-" + Convert.ToBase64String(Sha256.HashData(Encoding.UTF8.GetBytes(Text)));
}

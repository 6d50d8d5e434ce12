namespace Analyzer.Reporting.Sarif;

/// <summary>
/// A bundle path as a relative URI reference: each segment percent-encoded, so names with spaces, '#', '%' or ':'
/// (archive entries can hold any of them) stay one path and never read as a scheme or a fragment.
/// </summary>
internal static class SarifUri
{
    public static string Of(string bundlePath)
    {
        var segments = bundlePath.Replace('\\', '/').TrimStart('/').Split('/');
        return string.Join('/', segments.Select(Uri.EscapeDataString));
    }
}

using System.Text.Json;
using Analyzer.Detection;
using Analyzer.Families.Linux.Facts;
using Analyzer.Inventory;
using Analyzer.Parsing;
using Analyzer.Rules.Facts;

namespace Analyzer.Families.Linux.Parsers.Sosreport;

/// <summary>
/// sosreport's `sos_reports/manifest.json` (sos ≥ 4.0): per plugin, whether it hit its timeout (`timeout_hit`), and
/// per command its output file, exit status (124 = timed out) and, since 4.x, whether the output was `truncated` at
/// the size limit. Each incomplete output becomes a <see cref="SosCollectionIssue"/>, which the pipeline attaches to
/// that file's inventory record. Commands that were not installed (126/127) wrote no file and are not issues.
/// </summary>
public sealed class SosManifestParser : IFormatParser
{
    /// <summary>A big manifest is ~1 MB; past this it is not a manifest.</summary>
    public const int MaxBytes = 64 * 1024 * 1024;

    public string Format => "sos-manifest";
    public string Source => SosSources.Manifest;
    public bool ScansUnclaimedText => false;

    public DetectionConfidence Detect(EntryProbe probe)
    {
        if (probe.IsBinary || !SosLayout.EndsWithSegments(probe.HostPath, "sos_reports/manifest.json")) return DetectionConfidence.None;
        return probe.Head.Span.IndexOf("\"components\""u8) >= 0 ? DetectionConfidence.ContentAtStart : DetectionConfidence.Name;
    }

    public void Parse(ParseContext context)
    {
        var bytes = ReadCapped(context.Content, out var capped);
        if (capped)
        {
            context.Problem(InputStatus.Failed, $"over {MaxBytes} bytes: not read");
            return;
        }
        JsonDocument doc;
        // The JSON reader checks UTF-8 only when a string is read, and then throws without saying where.
        if (JsonDamage.FirstInvalidUtf8(bytes) is { } badByte)
        {
            context.Problem(InputStatus.Failed, $"not valid UTF-8 at byte {badByte}: not a sos manifest sos wrote");
            return;
        }
        try
        {
            doc = JsonDocument.Parse(bytes);
        }
        catch (JsonException e)
        {
            context.Problem(InputStatus.Failed, $"not valid JSON: {JsonDamage.Describe(e)}");
            return;
        }
        using (doc)
        {
            var root = SosLayout.Root(context.Path) + RootBelowTop(context.Path);
            // TryGetProperty throws on anything but an object, so every level's kind is checked first.
            if (doc.RootElement.ValueKind != JsonValueKind.Object
                || !doc.RootElement.TryGetProperty("components", out var components) || components.ValueKind != JsonValueKind.Object
                || !components.TryGetProperty("report", out var report) || report.ValueKind != JsonValueKind.Object
                || !report.TryGetProperty("plugins", out var plugins)
                || plugins.ValueKind != JsonValueKind.Object)
            {
                context.Problem(InputStatus.Failed, "no components.report.plugins object: not a sos report manifest");
                return;
            }
            var lines = new LineIndex(bytes);
            foreach (var plugin in plugins.EnumerateObject())
                ManifestPlugin.Read(plugin, root, context, lines);
        }
    }

    // The manifest sits at <top>/sos_reports/manifest.json; outputs are named relative to <top>/.
    private static string RootBelowTop(string path)
    {
        var host = SosLayout.HostPath(path);
        var at = host.LastIndexOf("sos_reports/manifest.json", StringComparison.Ordinal);
        return at > 0 ? host[..at] : "";
    }

    private static byte[] ReadCapped(Stream content, out bool capped)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length <= MaxBytes && (read = content.Read(chunk, 0, chunk.Length)) > 0)
            buffer.Write(chunk, 0, read);
        capped = buffer.Length > MaxBytes;
        return buffer.ToArray();
    }

    internal static Provenance At(ParseContext context, LineIndex lines, string needle) =>
        new(context.Path, lines.LineOf(needle), null, needle.Length > 200 ? needle[..200] + "…" : needle);
}

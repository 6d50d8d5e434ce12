using Analyzer.Reporting;
using System.Text.Json;
using Analyzer.Families.Linux.Facts;
using Analyzer.Parsing;

namespace Analyzer.Families.Linux.Parsers.Sosreport;

/// <summary>One plugin of the manifest: its timeout flag and its commands' outcomes, as collection issues.</summary>
internal static class ManifestPlugin
{
    public static void Read(JsonProperty plugin, string root, ParseContext context, LineIndex lines)
    {
        var name = plugin.Name;
        var body = plugin.Value;
        if (body.ValueKind != JsonValueKind.Object) return;
        var timedOut = body.TryGetProperty("timeout_hit", out var t) && t.ValueKind == JsonValueKind.True;
        if (timedOut)
            context.Emit(new SosCollectionIssue
            {
                Provenance = SosManifestParser.At(context, lines, name),
                Target = context.Path,
                Plugin = name,
                Command = "(plugin)",
                Issue = "plugin-timeout",
                Reason = $"sos plugin {MarkdownText.Code(name)} hit its timeout: what it collected is incomplete and later commands did not run",
            });
        if (!body.TryGetProperty("commands", out var commands) || commands.ValueKind != JsonValueKind.Array) return;
        foreach (var command in commands.EnumerateArray())
        {
            if (command.ValueKind != JsonValueKind.Object) continue;
            var exec = Text(command, "exec") ?? Text(command, "command") ?? "?";
            var file = Text(command, "filepath");
            // A non-number (a hand-edited or foreign manifest) is no status: TryGetInt64 throws on other value kinds.
            long? rc = command.TryGetProperty("return_code", out var r) && r.ValueKind == JsonValueKind.Number && r.TryGetInt64(out var code) ? code : null;
            var truncated = command.TryGetProperty("truncated", out var tr) && tr.ValueKind == JsonValueKind.True;
            var (issue, reason) = Classify(exec, rc, truncated);
            if (issue is null || file is null) continue; // not installed (126/127): no output file, nothing to flag
            context.Emit(new SosCollectionIssue
            {
                Provenance = SosManifestParser.At(context, lines, exec),
                Target = root + file,
                Plugin = name,
                Command = exec,
                Issue = issue,
                ReturnCode = rc,
                Reason = reason!,
            });
        }
    }

    private static (string? Issue, string? Reason) Classify(string exec, long? rc, bool truncated)
    {
        if (truncated) return ("truncated", $"sos truncated the output of {MarkdownText.Code(exec)} at its size limit: only part of it is here");
        if (rc == 124) return ("timeout", $"{MarkdownText.Code(exec)} timed out under sos: the output stops where it was killed");
        if (rc is { } c && c != 0 && c != 126 && c != 127)
            return ("failed", $"{MarkdownText.Code(exec)} exited with status {c} under sos: the file may hold an error message or partial output");
        return (null, null);
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}

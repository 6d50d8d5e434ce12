using System.Text.Json;
using Analyzer.Detection;
using Analyzer.Families.JuiceFs.Facts;
using Analyzer.Inventory;
using Analyzer.Parsing;
using Analyzer.Text;

namespace Analyzer.Families.JuiceFs.Parsers.JuiceFsDebugInfo;

/// <summary>
/// The descriptive files of a `juicefs debug` bundle (cmd/debug.go): `config.txt`, a copy of the mount's
/// `.config` JSON, and `system-info.log` (`Platform:`, `Kernel:`, `OS:` sections). Recognised by name and content
/// together, so an unrelated `config.txt` stays unrecognised. One <see cref="JuiceFsMountInfo"/> each.
/// </summary>
public sealed class JuiceFsDebugInfoParser : IFormatParser
{
    private const int MaxConfigBytes = 4 * 1024 * 1024;

    public string Format => "juicefs-debug-info";
    public string Source => JuiceFsSources.JuiceFs;
    public bool ScansUnclaimedText => false;

    public bool NameSuggests(EntryProbe nameOnly) => nameOnly.FileName.Equals("system-info.log", StringComparison.OrdinalIgnoreCase);

    public DetectionConfidence Detect(EntryProbe probe)
    {
        if (probe.IsBinary)
            return DetectionConfidence.None;
        var name = probe.FileName.ToLowerInvariant();
        var head = probe.Head.Span;
        if (IsConfig(name, head))
            return DetectionConfidence.ContentAtStart;
        if (probe.HeadLines.Count > 0 && probe.HeadLines[0].StartsWith("Platform:", StringComparison.Ordinal)
            && probe.HeadLines.Any(l => l.StartsWith("Kernel:", StringComparison.Ordinal)))
            return DetectionConfidence.ContentAtStart;
        return name == "system-info.log" ? DetectionConfidence.Name : DetectionConfidence.None;
    }

    public void Parse(ParseContext context)
    {
        var name = context.Path[(context.Path.LastIndexOf('/') + 1)..].ToLowerInvariant();
        if (name.EndsWith(".log", StringComparison.Ordinal) || name != "config.txt" && !name.EndsWith(".config", StringComparison.Ordinal))
            SystemInfo(context);
        else
            Config(context);
    }

    private static bool IsConfig(string name, ReadOnlySpan<byte> head)
    {
        var start = head.IndexOfAnyExcept(" \t\r\n"u8);
        return (name is "config.txt" or ".config" or ".jfs.config") && start >= 0 && head[start] == (byte)'{'
            && head.IndexOf("\"Meta\""u8) >= 0 && (head.IndexOf("\"Format\""u8) >= 0 || head.IndexOf("\"Chunk\""u8) >= 0);
    }

    private static void Config(ParseContext context)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length < MaxConfigBytes && (read = context.Content.Read(chunk, 0, chunk.Length)) > 0)
            buffer.Write(chunk, 0, read);
        JsonElement root;
        try
        {
            root = JsonDocument.Parse(buffer.ToArray()).RootElement.Clone();
        }
        catch (JsonException e)
        {
            context.Problem(InputStatus.Failed, $"config.txt is not valid JSON: {JsonDamage.Describe(e)}");
            return;
        }
        var format = Member(root, "Format");
        var meta = Member(root, "Meta");
        var metaUrl = Text(meta, "MetaURL") ?? Text(meta, "Addr") ?? Text(root, "MetaURL") ?? "";
        context.Emit(new JuiceFsMountInfo
        {
            Provenance = new Analyzer.Rules.Facts.Provenance(context.Path, 1),
            Path = context.Path,
            Kind = "config",
            Version = Text(root, "Version") ?? "",
            Volume = Text(format, "Name") ?? "",
            Mountpoint = Text(root, "Mountpoint") ?? "",
            Storage = Text(format, "Storage") ?? "",
            MetaEngine = metaUrl.Contains("://", StringComparison.Ordinal) ? metaUrl[..metaUrl.IndexOf("://", StringComparison.Ordinal)] : "",
            Platform = "",
            Kernel = "",
        });
    }

    private static void SystemInfo(ParseContext context)
    {
        using var reader = new LineReader(context.Content);
        string platform = "", kernel = "";
        string? pending = null;
        while (reader.TryReadLine(out var line))
        {
            var text = line.Trim();
            if (text.IsEmpty) continue;
            if (pending is not null && platform.Length + kernel.Length < 2048)
            {
                if (pending == "Platform" && platform.Length == 0) platform = text.ToString();
                else if (pending == "Kernel" && kernel.Length == 0) kernel = text.ToString();
                pending = null;
            }
            foreach (var key in (ReadOnlySpan<string>)["Platform", "Kernel"])
                if (text.Length > key.Length && text[key.Length] == ':' && text.StartsWith(key, StringComparison.Ordinal))
                {
                    var value = text[(key.Length + 1)..].Trim().ToString();
                    if (value.Length == 0) pending = key;
                    else if (key == "Platform") platform = value;
                    else kernel = value;
                }
        }
        if (platform.Length == 0 && kernel.Length == 0)
        {
            context.Problem(InputStatus.Failed, "no `Platform:` or `Kernel:` line");
            return;
        }
        context.Emit(new JuiceFsMountInfo
        {
            Provenance = new Analyzer.Rules.Facts.Provenance(context.Path, 1),
            Path = context.Path,
            Kind = "system-info",
            Version = "",
            Volume = "",
            Mountpoint = "",
            Storage = "",
            MetaEngine = "",
            Platform = platform,
            Kernel = kernel,
        });
    }

    private static JsonElement Member(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) ? v : default;

    private static string? Text(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}

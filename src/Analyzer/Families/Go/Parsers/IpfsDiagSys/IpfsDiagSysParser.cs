using System.Text.Json;
using Analyzer.Detection;
using Analyzer.Families.Go.Facts;
using Analyzer.Inventory;
using Analyzer.Parsing;
using Analyzer.Rules.Facts;

namespace Analyzer.Families.Go.Parsers.IpfsDiagSys;

/// <summary>
/// `ipfs diag sys` JSON (formats.md §10.3, saved as `ipfs.sysinfo` by go-ipfs' collect-profiles) into one
/// <see cref="GoSysInfo"/> fact. Read as a dictionary: versions add and drop keys.
/// </summary>
public sealed class IpfsDiagSysParser : IFormatParser
{
    /// <summary>Real snapshots are about a kilobyte; anything this large is not one.</summary>
    public const int MaxBytes = 4 * 1024 * 1024;

    public string Format => "ipfs-diag-sys";
    public string Source => GoSources.Runtime;
    public bool ScansUnclaimedText => false;

    public bool NameSuggests(EntryProbe nameOnly) => nameOnly.FileName.ToLowerInvariant() is "ipfs.sysinfo" or "sysinfo.json" or "diag-sys.json";

    public DetectionConfidence Detect(EntryProbe probe)
    {
        var head = probe.Head.Span;
        var start = head.IndexOfAnyExcept(" \t\r\n"u8);
        if (probe.IsBinary || start < 0 || head[start] != (byte)'{')
            return DetectionConfidence.None;
        if (head.IndexOf("\"runtime\""u8) >= 0 && (head.IndexOf("\"numgoroutines\""u8) >= 0 || head.IndexOf("\"ipfs_version\""u8) >= 0))
            return DetectionConfidence.ContentAtStart;
        var name = probe.FileName.ToLowerInvariant();
        return name is "ipfs.sysinfo" or "sysinfo.json" or "diag-sys.json" ? DetectionConfidence.Name : DetectionConfidence.None;
    }

    public void Parse(ParseContext context)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[16384];
        int read;
        while (buffer.Length < MaxBytes && (read = context.Content.Read(chunk, 0, chunk.Length)) > 0)
            buffer.Write(chunk, 0, read);
        if (buffer.Length >= MaxBytes)
        {
            context.Problem(InputStatus.Failed, $"larger than {MaxBytes / (1024 * 1024)} MiB: not an `ipfs diag sys` snapshot");
            return;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
        }
        catch (JsonException e)
        {
            context.Problem(InputStatus.Failed, $"JSON cut off or damaged: {JsonDamage.Describe(e)}");
            return;
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("runtime", out var runtime) || runtime.ValueKind != JsonValueKind.Object)
            {
                context.Problem(InputStatus.Failed, "no \"runtime\" object: not an `ipfs diag sys` snapshot");
                return;
            }
            var goroutines = Long(runtime, "numgoroutines");
            var memory = Object(root, "memory");
            var disk = Object(root, "diskinfo");
            var net = Object(root, "net");
            context.Emit(new GoSysInfo
            {
                Provenance = new Provenance(context.Path, 1, Excerpt: goroutines is null ? null : $"\"numgoroutines\": {goroutines}"),
                Path = context.Path,
                GoVersion = Text(runtime, "version"),
                AppVersion = Text(root, "ipfs_version"),
                Platform = Text(runtime, "os") is { Length: > 0 } os ? $"{os}/{Text(runtime, "arch")}" : "",
                Goroutines = goroutines,
                GoMaxProcs = Long(runtime, "gomaxprocs"),
                NumCpu = Long(runtime, "numcpu"),
                MemoryUsed = Long(memory, "virt"),
                MemorySwap = Long(memory, "swap"),
                DiskFree = Long(disk, "free_space"),
                DiskTotal = Long(disk, "total_space"),
                OpenFds = Long(root, "fds") ?? Long(root, "fd_count") ?? Long(Object(root, "process"), "fds"),
                Online = net.ValueKind == JsonValueKind.Object && net.TryGetProperty("online", out var online)
                         && online.ValueKind is JsonValueKind.True or JsonValueKind.False
                    ? online.GetBoolean()
                    : null,
                InterfaceAddresses = net.ValueKind == JsonValueKind.Object && net.TryGetProperty("interface_addresses", out var addresses)
                                     && addresses.ValueKind == JsonValueKind.Array
                    ? addresses.GetArrayLength()
                    : 0,
            });
        }
    }

    private static JsonElement Object(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) ? value : default;

    private static string Text(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString() ?? ""
            : "";

    /// <summary>Numbers, or numbers printed as strings (diskinfo.fstype shows kubo does that).</summary>
    private static long? Long(JsonElement parent, string name)
    {
        if (parent.ValueKind != JsonValueKind.Object || !parent.TryGetProperty(name, out var value))
            return null;
        if (value.ValueKind == JsonValueKind.Number)
            return value.TryGetInt64(out var n) ? n : (long?)Math.Round(value.GetDouble());
        return value.ValueKind == JsonValueKind.String && long.TryParse(value.GetString(), out var s) ? s : null;
    }
}

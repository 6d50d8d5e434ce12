using System.Reflection;
using System.Text;
using System.IO.Hashing;
using YamlDotNet.Core.Events;

namespace Analyzer.Rules.Yaml;

/// <summary>
/// A rule directory scanned ahead of time (<c>triage rules pack</c>; the build packs the shipped rules): every rule
/// file's YAML events, without the <c>tests</c> an analysis never runs, keyed by a digest of the directory's rule
/// files. Scanning YAML was most of triage's start-up; a pack is read in a fraction of that. It is only a cache: a
/// directory whose files no longer match the digest (a rule edited, added or removed) is read from its text, so a
/// stale pack costs time and never changes a result. `rules check` and `rules test` always read the text.
/// A pack also names the build that wrote it: `triage rules pack` writes one only for rules that pass `rules check`,
/// which lets an analysis compile a packed rule on first use; a pack from another build is stale.
/// </summary>
public sealed class RulePack
{
    public const string FileName = "rules.pack";
    private const string Magic = "TRIAGE-RULE-PACK";
    private const int FormatVersion = 2;

    /// <summary>This build's identity (version and source revision): a pack written by another build is not used.</summary>
    public static string BuildStamp { get; } =
        typeof(RulePack).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unversioned";

    private RulePack(byte[] digest, string filesDigest, IReadOnlyList<string> ruleFiles, IReadOnlyList<(string RelativePath, IReadOnlyList<ParsingEvent> Events)> files)
    {
        Digest = digest;
        FilesDigest = filesDigest;
        RuleFiles = ruleFiles;
        Files = files;
    }

    /// <summary>XXH128 over each rule file's relative path and bytes, in load order: a cache key, not a proof (a fast
    /// non-cryptographic hash, since hashing every rule file on each start is the cost a pack exists to avoid).</summary>
    public byte[] Digest { get; }

    /// <summary>The report's rules digest of this directory's files (<see cref="RuleFilesDigest"/>), computed when the
    /// pack was written: it holds while the pack matches the files.</summary>
    public string FilesDigest { get; }

    /// <summary>The directory's rule files the pack was checked against (full paths).</summary>
    public IReadOnlyList<string> RuleFiles { get; }

    /// <summary>Each rule file, by path relative to the directory ('/' separated), in load order.</summary>
    public IReadOnlyList<(string RelativePath, IReadOnlyList<ParsingEvent> Events)> Files { get; }

    /// <summary>The rule files of <paramref name="directory"/> in the order the loader reads them.</summary>
    public static IReadOnlyList<string> RuleFilesOf(string directory) =>
        Directory.EnumerateFiles(directory, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();

    /// <summary>The digest of <paramref name="files"/> (absolute paths under <paramref name="directory"/>) as they are now.</summary>
    public static byte[] DigestOf(string directory, IReadOnlyList<string> files)
    {
        var hash = new XxHash128();
        Span<byte> length = stackalloc byte[8];
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            hash.Append(Encoding.UTF8.GetBytes(Relative(directory, file) + "\0"));
            BitConverter.TryWriteBytes(length, (long)bytes.Length);
            hash.Append(length);
            hash.Append(bytes);
        }
        return hash.GetHashAndReset();
    }

    /// <summary>
    /// Scans every rule file of <paramref name="directory"/> and writes the pack to <paramref name="output"/>; the
    /// files that do not scan are returned (with the reason) and left out, so their errors surface when read as text.
    /// </summary>
    public static IReadOnlyList<string> Write(string directory, Stream output)
    {
        var files = RuleFilesOf(directory);
        var problems = new List<string>();
        var strings = new Dictionary<string, int>(StringComparer.Ordinal) { [""] = 0 };
        int Intern(string s)
        {
            if (!strings.TryGetValue(s, out var index))
                strings[s] = index = strings.Count;
            return index;
        }
        var body = new MemoryStream();
        var packed = 0;
        using (var w = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
        {
            foreach (var file in files)
            {
                var diagnostics = new Diagnostics.DiagnosticBag();
                if (YamlDocuments.Scan(file, File.ReadAllText(file), diagnostics) is not { } events)
                {
                    problems.AddRange(diagnostics.Items.Select(d => d.ToString()));
                    continue;
                }
                var kept = WithoutTests(events);
                w.Write7BitEncodedInt(Intern(Relative(directory, file)));
                w.Write7BitEncodedInt(kept.Count);
                foreach (var e in kept)
                    PackedEvents.Write(w, e, Intern);
                packed++;
            }
        }
        using var header = new BinaryWriter(output, Encoding.UTF8, leaveOpen: true);
        header.Write(Magic);
        header.Write(FormatVersion);
        header.Write(BuildStamp);
        header.Write(DigestOf(directory, files));
        header.Write(RuleFilesDigest.Of(files));
        header.Write7BitEncodedInt(strings.Count);
        foreach (var s in strings.OrderBy(p => p.Value).Select(p => p.Key))
            header.Write(s);
        header.Write7BitEncodedInt(problems.Count == 0 ? packed : -1);
        header.Flush();
        body.Position = 0;
        body.CopyTo(output);
        return problems;
    }

    /// <summary>
    /// The pack in <paramref name="directory"/> when there is one, it is readable and its digest matches the files
    /// there now; otherwise null (read the text). A pack written while some file did not scan is never used.
    /// </summary>
    public static RulePack? TryRead(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
            return null;
        try
        {
            using var r = new BinaryReader(new MemoryStream(File.ReadAllBytes(path)), Encoding.UTF8);
            if (r.ReadString() != Magic || r.ReadInt32() != FormatVersion || r.ReadString() != BuildStamp)
                return null;
            var digest = r.ReadBytes(16);
            var ruleFiles = RuleFilesOf(directory);
            if (!digest.AsSpan().SequenceEqual(DigestOf(directory, ruleFiles)))
                return null;
            var filesDigest = r.ReadString();
            var strings = new string[r.Read7BitEncodedInt()];
            for (var i = 0; i < strings.Length; i++)
                strings[i] = r.ReadString();
            var count = r.Read7BitEncodedInt();
            if (count < 0)
                return null;
            var files = new List<(string, IReadOnlyList<ParsingEvent>)>(count);
            for (var f = 0; f < count; f++)
            {
                var name = strings[r.Read7BitEncodedInt()];
                var events = new ParsingEvent[r.Read7BitEncodedInt()];
                for (var i = 0; i < events.Length; i++)
                    events[i] = PackedEvents.Read(r, strings);
                files.Add((name, events));
            }
            return new RulePack(digest, filesDigest, ruleFiles, files);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or EndOfStreamException
                                      or IndexOutOfRangeException or FormatException or ArgumentException)
        {
            // A damaged or foreign pack is ignored: the text is the truth.
            return null;
        }
    }

    private static string Relative(string directory, string file) => Path.GetRelativePath(directory, file).Replace('\\', '/');

    /// <summary>The events without each document's top-level <c>tests</c> entry (key and value).</summary>
    private static List<ParsingEvent> WithoutTests(IReadOnlyList<ParsingEvent> events)
    {
        var kept = new List<ParsingEvent>(events.Count);
        var depth = 0;
        var expectKey = false;
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (depth == 1 && expectKey && e is Scalar { Value: "tests" } && i + 1 < events.Count)
            {
                // Drop the key, then the whole value node after it; the next event is again a key.
                var value = events[++i];
                if (value is MappingStart or SequenceStart)
                {
                    var nested = 1;
                    while (nested > 0 && ++i < events.Count)
                        nested += events[i] switch { MappingStart or SequenceStart => 1, MappingEnd or SequenceEnd => -1, _ => 0 };
                }
                continue;
            }
            kept.Add(e);
            switch (e)
            {
                case MappingStart or SequenceStart:
                    if (depth == 1) expectKey = !expectKey; // a value at the root mapping
                    depth++;
                    if (depth == 1) expectKey = e is MappingStart;
                    break;
                case MappingEnd or SequenceEnd:
                    depth--;
                    break;
                case Scalar when depth == 1:
                    expectKey = !expectKey;
                    break;
                case AnchorAlias when depth == 1:
                    expectKey = !expectKey;
                    break;
            }
        }
        return kept;
    }
}

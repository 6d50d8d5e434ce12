using System.Reflection;
using System.Text;
using System.IO.Hashing;
using Analyzer.Rules.Model;

namespace Analyzer.Rules.Yaml;

/// <summary>
/// A rule directory read ahead of time (<c>triage rules pack</c>; the build packs the built-in rules into the program): every rule
/// file's rule definitions, without the <c>tests</c> an analysis never runs, keyed by a digest of the directory's rule
/// files. Reading YAML was most of triage's start-up; a pack is decoded in a fraction of that, without a YAML parser
/// (packed YAML events, format 2, still needed the representation model and the loader). It is only a cache: a
/// directory whose files no longer match the digest (a rule edited, added or removed) is read from its text, so a
/// stale pack costs time and never changes a result. `rules check` and `rules test` read a directory's text, never its pack.
/// A pack also names the build that wrote it: `triage rules pack` writes one only for rules that pass `rules check`,
/// which lets an analysis compile a packed rule on first use; a pack from another build is stale.
/// </summary>
public sealed class RulePack
{
    public const string FileName = "rules.pack";
    private const string Magic = "TRIAGE-RULE-PACK";
    private const int FormatVersion = 3;

    /// <summary>This build's identity (version and source revision): a pack written by another build is not used.</summary>
    public static string BuildStamp { get; } =
        typeof(RulePack).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unversioned";

    private readonly string[] _strings;

    private RulePack(string root, byte[] digest, string filesDigest, IReadOnlyList<string> ruleFiles, string[] strings, IReadOnlyList<(string RelativePath, ArraySegment<byte> Body)> files)
    {
        Root = root;
        Digest = digest;
        FilesDigest = filesDigest;
        RuleFiles = ruleFiles;
        _strings = strings;
        Files = files;
    }

    /// <summary>The directory (or, for built-in rules, the name) the pack's files are under.</summary>
    public string Root { get; }

    /// <summary>XXH128 over each rule file's relative path and bytes, in load order: a cache key, not a proof (a fast
    /// non-cryptographic hash, since hashing every rule file on each start is the cost a pack exists to avoid).</summary>
    public byte[] Digest { get; }

    /// <summary>The report's rules digest of this directory's files (<see cref="RuleFilesDigest"/>), computed when the
    /// pack was written: it holds while the pack matches the files.</summary>
    public string FilesDigest { get; }

    /// <summary>The directory's rule files the pack was checked against (full paths; for built-in rules, the names
    /// they are shown under).</summary>
    public IReadOnlyList<string> RuleFiles { get; }

    /// <summary>Each rule file, by path relative to the directory ('/' separated), in load order, with its encoded
    /// definitions (<see cref="Definitions"/> decodes them).</summary>
    public IReadOnlyList<(string RelativePath, ArraySegment<byte> Body)> Files { get; }

    /// <summary>
    /// The rules of one of <see cref="Files"/>, their locations in <paramref name="file"/> (the name the analysis shows
    /// for it). Throws <see cref="InvalidDataException"/> when the body is damaged (a pack's digest covers the rule
    /// files, not the pack itself).
    /// </summary>
    public IReadOnlyList<RuleDefinition> Definitions(ArraySegment<byte> body, string file)
    {
        try
        {
            using var r = new BinaryReader(new MemoryStream(body.Array!, body.Offset, body.Count, writable: false), Encoding.UTF8);
            var rules = new RuleDefinition[r.Read7BitEncodedInt()];
            for (var i = 0; i < rules.Length; i++)
                rules[i] = PackedDefinitions.Read(r, _strings, file);
            return rules;
        }
        catch (Exception e) when (e is EndOfStreamException or IndexOutOfRangeException or OverflowException or FormatException or ArgumentException)
        {
            throw new InvalidDataException($"the rule pack's entry for {file} is damaged: {e.Message}", e);
        }
    }

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
    /// Reads every rule file of <paramref name="directory"/> (<paramref name="symptoms"/>: the vocabulary a rule's
    /// symptom is checked against) and writes the pack to <paramref name="output"/>; the files that do not load are
    /// returned (with the reason) and left out, and such a pack is never used, so their errors surface from the text.
    /// </summary>
    public static IReadOnlyList<string> Write(string directory, IReadOnlySet<string> symptoms, Stream output)
    {
        var loader = new RuleFileLoader(symptoms);
        var problems = new List<string>();
        WriteFiles(directory, output, file =>
        {
            var diagnostics = new Diagnostics.DiagnosticBag();
            var rules = loader.Load(Relative(directory, file), File.ReadAllText(file), diagnostics);
            if (!diagnostics.HasErrors)
                return rules;
            problems.AddRange(diagnostics.Items.Select(d => d.ToString()));
            return null;
        });
        return problems;
    }

    /// <summary>
    /// Writes the pack of <paramref name="directory"/> from <paramref name="definitions"/>, its rules as already read
    /// (and checked) from its text, without reading them again: what `rules pack` and the build's rule packer write
    /// after their check. Each definition's <see cref="RuleDefinition.File"/> names its file under the directory.
    /// </summary>
    public static void Write(string directory, IReadOnlyList<RuleDefinition> definitions, Stream output)
    {
        var byFile = definitions.ToLookup(d => Path.GetFullPath(d.File), StringComparer.Ordinal);
        WriteFiles(directory, output, file => byFile[Path.GetFullPath(file)].ToList());
    }

    /// <summary>The pack of the directory's rule files, each file's rules given by <paramref name="rulesOf"/> (null:
    /// the file did not load; it is left out and the pack marked unusable).</summary>
    private static void WriteFiles(string directory, Stream output, Func<string, IReadOnlyList<RuleDefinition>?> rulesOf)
    {
        var files = RuleFilesOf(directory);
        var strings = new Dictionary<string, int>(StringComparer.Ordinal);
        int Intern(string s)
        {
            if (!strings.TryGetValue(s, out var index))
                strings[s] = index = strings.Count;
            return index;
        }
        var body = new MemoryStream();
        var packed = 0;
        var complete = true;
        using (var w = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
        {
            foreach (var file in files)
            {
                if (rulesOf(file) is not { } rules)
                {
                    complete = false;
                    continue;
                }
                using var one = new MemoryStream();
                using (var fw = new BinaryWriter(one, Encoding.UTF8, leaveOpen: true))
                {
                    fw.Write7BitEncodedInt(rules.Count);
                    foreach (var rule in rules)
                        PackedDefinitions.Write(fw, rule, Intern);
                }
                w.Write7BitEncodedInt(Intern(Relative(directory, file)));
                w.Write7BitEncodedInt((int)one.Length);
                w.Write(one.GetBuffer(), 0, (int)one.Length);
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
        header.Write7BitEncodedInt(complete ? packed : -1);
        // The digest above says the rule files did not change; this says the pack itself did not (a damaged byte in a
        // rule's body would otherwise decode into a different rule, not fail).
        header.Write(XxHash64.HashToUInt64(body.GetBuffer().AsSpan(0, (int)body.Length)));
        header.Flush();
        body.Position = 0;
        body.CopyTo(output);
    }

    /// <summary>
    /// The pack in <paramref name="directory"/> when there is one, it is readable and its digest matches the files
    /// there now; otherwise null (read the text). A pack written while some file did not load is never used.
    /// </summary>
    public static RulePack? TryRead(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
            return null;
        try
        {
            return Decode(File.ReadAllBytes(path), directory, onDisk: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// A pack built into the program (its built-in rules, written by the build from the rules it was built with): there
    /// are no files to compare it with, so only the pack's own checksum is checked. Its rules are shown under
    /// <paramref name="root"/> (<c>rules/go/GO0001.yaml</c>, where they are in triage's source). Null when damaged.
    /// </summary>
    public static RulePack? FromBuiltin(byte[] data, string root) => Decode(data, root, onDisk: false);

    private static RulePack? Decode(byte[] data, string directory, bool onDisk)
    {
        try
        {
            using var r = new BinaryReader(new MemoryStream(data, 0, data.Length, writable: false, publiclyVisible: true), Encoding.UTF8);
            if (r.ReadString() != Magic || r.ReadInt32() != FormatVersion || r.ReadString() is var stamp && onDisk && stamp != BuildStamp)
                return null;
            var digest = r.ReadBytes(16);
            IReadOnlyList<string>? ruleFiles = null;
            if (onDisk)
            {
                ruleFiles = RuleFilesOf(directory);
                if (!digest.AsSpan().SequenceEqual(DigestOf(directory, ruleFiles)))
                    return null;
            }
            var filesDigest = r.ReadString();
            var strings = new string[r.Read7BitEncodedInt()];
            for (var i = 0; i < strings.Length; i++)
                strings[i] = r.ReadString();
            var count = r.Read7BitEncodedInt();
            if (count < 0)
                return null;
            var bytes = (MemoryStream)r.BaseStream;
            var checksum = r.ReadUInt64();
            if (XxHash64.HashToUInt64(data.AsSpan((int)bytes.Position)) != checksum)
                return null;
            var files = new List<(string, ArraySegment<byte>)>(count);
            for (var f = 0; f < count; f++)
            {
                var name = strings[r.Read7BitEncodedInt()];
                var length = r.Read7BitEncodedInt();
                if (length < 0 || length > bytes.Length - bytes.Position)
                    return null;
                files.Add((name, new ArraySegment<byte>(data, (int)bytes.Position, length)));
                bytes.Position += length;
            }
            ruleFiles ??= files.Select(f => Path.Combine(directory, f.Item1)).ToList();
            return new RulePack(directory, digest, filesDigest, ruleFiles, strings, files);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IndexOutOfRangeException or FormatException or ArgumentException)
        {
            // A damaged or foreign pack is ignored: the text is the truth.
            return null;
        }
    }

    private static string Relative(string directory, string file) => Path.GetRelativePath(directory, file).Replace('\\', '/');
}

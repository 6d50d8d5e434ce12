using System.Text;
using Analyzer.Rules.Hashing;

namespace Analyzer.Rules.Yaml;

/// <summary>
/// The rules digest a report carries: 12 hex digits of a SHA-256 over each rule file's name and bytes, in name order.
/// The name, not the full path, goes in, so the same rules installed elsewhere give the same digest. Hashing every
/// rule file again cost an analysis more than the rest of its start-up, so a rule pack stores the digest of its
/// directory's files (<see cref="RulePack.FilesDigest"/>), which holds while the pack matches them.
/// </summary>
public static class RuleFilesDigest
{
    /// <summary>The digest of <paramref name="files"/> (any order, duplicates ignored), from the files as they are.</summary>
    public static string Of(IEnumerable<string> files)
    {
        var sha = new Sha256();
        foreach (var file in Ordered(files))
        {
            sha.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(file) + "\n"));
            try
            {
                sha.AppendData(File.ReadAllBytes(file));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A rule file gone since loading still counts by name; the digest is a label, not a proof.
            }
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset())[..12];
    }

    /// <summary>The same files, whatever their order and however named.</summary>
    public static bool SameFiles(IEnumerable<string> a, IEnumerable<string> b) => Ordered(a).SequenceEqual(Ordered(b), StringComparer.Ordinal);

    private static List<string> Ordered(IEnumerable<string> files) =>
        files.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal)
            .OrderBy(Path.GetFileName, StringComparer.Ordinal).ThenBy(f => f, StringComparer.Ordinal).ToList();
}

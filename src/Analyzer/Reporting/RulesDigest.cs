using System.Text;
using Analyzer.Rules.Hashing;
using Analyzer.Rules.Model;

namespace Analyzer.Reporting;

/// <summary>
/// A short fingerprint of the rule files a run used: SHA-256 over each file's name and bytes, in name order. The
/// name, not the full path, goes in, so the same rules installed elsewhere give the same digest.
/// </summary>
public static class RulesDigest
{
    public static string Of(IEnumerable<RuleDefinition> definitions)
    {
        var sha = new Sha256();
        var files = definitions.Select(d => d.File).Distinct(StringComparer.Ordinal)
            .OrderBy(Path.GetFileName, StringComparer.Ordinal).ThenBy(f => f, StringComparer.Ordinal);
        foreach (var file in files)
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
}

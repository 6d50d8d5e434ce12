using System.Globalization;
using Analyzer.Bundles;

namespace Analyzer.Reporting;

/// <summary>
/// One sentence on what the entry cap left unread, for the verdict reason and the command line: a verdict drawn from
/// part of a bundle must say so, or "healthy" would reassure about files nobody read.
/// </summary>
public static class UnreadSummary
{
    /// <summary>Folders named in the sentence; the rest are counted.</summary>
    private const int NamedFolders = 5;

    /// <summary>"N files were not read (entry cap 100,000): hostB/ (31,000), hostC/ (12)." or null when all were read.</summary>
    public static string? Sentence(IReadOnlyList<UnreadFolder> unread)
    {
        if (unread.Count == 0)
            return null;
        var total = unread.Sum(u => (long)u.Files);
        var largest = unread.OrderByDescending(u => u.Files).ThenBy(u => u.Folder, StringComparer.Ordinal).ToList();
        var named = string.Join(", ", largest.Take(NamedFolders).Select(u => string.Create(CultureInfo.InvariantCulture, $"{u.Folder} ({u.Files:N0})")));
        var more = largest.Count > NamedFolders ? $" and {largest.Count - NamedFolders} more folder(s)" : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"{total:N0} file(s) were not read (entry cap {unread[0].EntryCap:N0}): {named}{more}.");
    }
}

using Analyzer.Bundles;

namespace Analyzer.Detection;

/// <summary>
/// Ranks a bundle member by its path alone, so that big bundles read likely evidence first and the entry cap never
/// decides which hosts are read. The names come from the parsers themselves (<see cref="IFormatParser.NameSuggests"/>);
/// only collectors' folder layouts, which no single parser owns, are listed here.
/// </summary>
public sealed class EvidencePaths(IReadOnlyList<IFormatParser> parsers)
{
    // sosreport (SosLayout) and hotsos-style trees: command outputs, the host's /proc and logs, at the top of the
    // host's tree or below a per-host folder; `juicefs debug` keeps its profiles in a pprof/ folder.
    private static readonly string[] LayoutFolders = ["sos_commands/", "proc/", "var/log/", "pprof/"];

    // `juicefs debug` names its files after the tool; services log to *.log, where a Go panic may sit.
    private static readonly string[] LayoutNames = ["juicefs.log", "config.txt", "system-info.log"];
    private static readonly string[] LayoutSuffixes = [".accesslog", ".log", ".stacks", ".pprof"];

    // A nested archive may hold a whole host; it must be opened to be read at all.
    private static readonly string[] ArchiveSuffixes = [".tar", ".tgz", ".tar.gz", ".tar.xz", ".txz", ".zip"];
    private static readonly string[] CompressionSuffixes = [".gz", ".xz"];

    public EntryPriority Of(string path)
    {
        var probe = EntryProbe.NameOnly(Uncompressed(path));
        foreach (var parser in parsers)
        {
            if (parser.NameSuggests(probe))
                return EntryPriority.Named;
        }
        return IsLayoutEvidence(probe.HostPath, probe.FileName) || IsArchive(path) ? EntryPriority.Layout : EntryPriority.Other;
    }

    private static bool IsLayoutEvidence(string hostPath, string fileName)
    {
        foreach (var folder in LayoutFolders)
            if (hostPath.StartsWith(folder, StringComparison.Ordinal) || hostPath.Contains("/" + folder, StringComparison.Ordinal))
                return true;
        foreach (var name in LayoutNames)
            if (fileName.Equals(name, StringComparison.OrdinalIgnoreCase))
                return true;
        foreach (var suffix in LayoutSuffixes)
            if (fileName.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }

    private static bool IsArchive(string path)
    {
        foreach (var suffix in ArchiveSuffixes)
            if (path.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }

    /// <summary>kern.log.2.gz is named like kern.log.2: parsers see the inner name once it is inflated.</summary>
    private static string Uncompressed(string path)
    {
        foreach (var suffix in CompressionSuffixes)
            if (path.Length > suffix.Length && path.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                return path[..^suffix.Length];
        return path;
    }
}

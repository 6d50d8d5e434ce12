using System.Globalization;

namespace Analyzer.Bundles;

/// <summary>
/// Files under one top-level folder of the bundle that the entry cap left unread: counted, not listed one by one,
/// so a tree of 131,000 files yields one inventory row per host rather than 31,000.
/// </summary>
/// <param name="Folder">The top-level folder with its slash (<c>hostB/</c>), or the bundle's name for files at its root.</param>
public sealed record UnreadFolder(string Folder, int Files, int EntryCap, int EvidenceCap)
{
    public string Reason => string.Create(CultureInfo.InvariantCulture,
        $"{Files:N0} file(s) not read: the entry cap of {EntryCap:N0} entries was reached " +
        $"(files whose names or folders suggest evidence are read past it, up to {EvidenceCap:N0} entries in all)");
}

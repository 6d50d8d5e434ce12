using Analyzer.Inventory;

namespace Analyzer.Bundles;

/// <summary>
/// Receives the bundle's entries in order as a reader streams them. Nothing is extracted to disk.
/// </summary>
public interface IEntrySink
{
    /// <summary>
    /// A regular file. <paramref name="content"/> is forward-only, capped at the per-entry limit, and valid only
    /// during this call (the next entry of a tar stream follows it). The reader owns and disposes it; a sink should not
    /// dispose it (doing so is harmless). The sink may stop reading early: the reader skips the rest itself. Damaged
    /// data shows up as an early end, never as an exception; the reader reports it after this call returns.
    /// </summary>
    void OnEntry(BundleEntry entry, Stream content);

    /// <summary>An archive found inside the bundle (or the bundle itself when nested); its members follow as entries.</summary>
    void OnArchive(string path, string format);

    /// <summary>
    /// Something about <paramref name="path"/> that the inventory must show: a skipped hostile entry, a cap that
    /// cut an entry short (after its OnEntry), an archive that broke at some offset.
    /// </summary>
    void OnProblem(string path, InputStatus status, string reason);

    /// <summary>
    /// Files under one top-level folder that the entry cap left unread, once per folder after the whole bundle was
    /// read. By default a skipped problem on the folder.
    /// </summary>
    void OnUnread(UnreadFolder unread) => OnProblem(unread.Folder, InputStatus.Skipped, unread.Reason);
}

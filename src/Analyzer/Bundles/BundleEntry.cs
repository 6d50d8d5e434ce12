namespace Analyzer.Bundles;

/// <summary>One file of the bundle: its bundle-relative path ('/'-separated, never rooted, never '..') and declared size.</summary>
public sealed record BundleEntry(string Path, long? Size)
{
    /// <summary>
    /// Opens the entry's content once more from its first byte, as the sink's stream delivers it (the same cap), for a
    /// second reader on another thread; null when the content can be read only once (an archive member). A file on
    /// disk has it: two readers of a large log then share no buffer and never wait for each other.
    /// </summary>
    public Func<Stream>? OpenAgain { get; init; }
}

namespace Analyzer.Collection;

/// <summary>One line of the manifest: a source, where it came from, where it went in the bundle and what became of it.</summary>
public sealed record ManifestEntry(string Name, string From, string? Path, SourceStatus Status, long Bytes, long Milliseconds, string? Reason);

namespace Analyzer.Bundles;

/// <summary>One file of the bundle: its bundle-relative path ('/'-separated, never rooted, never '..') and declared size.</summary>
public sealed record BundleEntry(string Path, long? Size);

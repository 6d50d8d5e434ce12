namespace Analyzer.Bundles;

/// <summary>liblzma could not be loaded, so .xz data cannot be read on this machine (the input fails, the run goes on).</summary>
internal sealed class LzmaUnavailableException(string message, Exception inner) : Exception(message, inner);

namespace Analyzer.Bundles;

/// <summary>The bundle as a whole cannot be used (missing, unreadable, not a bundle): exit code 2.</summary>
public sealed class BundleException(string message, Exception? inner = null) : Exception(message, inner);

namespace Analyzer.Tests.Bundles;

internal sealed record RecordedEntry(string Path, long? Size, byte[] Content);

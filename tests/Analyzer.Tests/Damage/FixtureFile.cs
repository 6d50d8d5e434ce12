namespace Analyzer.Tests.Damage;

/// <summary>One file of a fixture bundle as the matrix copies it: bundle path and bytes.</summary>
internal sealed record FixtureFile(string Path, byte[] Bytes);

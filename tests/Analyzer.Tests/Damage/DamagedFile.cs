namespace Analyzer.Tests.Damage;

/// <summary>A text file of a fixture on its way through a damage: bundle path, kind and content.</summary>
internal sealed record DamagedFile(string Path, EvidenceKind Kind, string Text);

namespace Analyzer.Collection;

/// <summary>What one capture wrote: its manifest (also inside the bundle as <see cref="CollectManifest.FileName"/>).</summary>
public sealed record CollectResult(CollectManifest Manifest);

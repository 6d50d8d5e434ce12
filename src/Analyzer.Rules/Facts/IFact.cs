namespace Analyzer.Rules.Facts;

/// <summary>A typed, immutable observation taken from the bundle. Every fact can say where it came from.</summary>
public interface IFact
{
    Provenance Provenance { get; }
}

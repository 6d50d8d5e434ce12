namespace Analyzer.Pipeline.Embedded;

/// <summary>What the scanners found inside an entry another parser claimed, for its inventory line.</summary>
internal sealed record EmbeddedFindings(int Facts, IReadOnlyList<string> Notes, IReadOnlyList<string> Problems)
{
    public static EmbeddedFindings None { get; } = new(0, [], []);
}

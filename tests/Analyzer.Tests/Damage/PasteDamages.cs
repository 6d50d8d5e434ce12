namespace Analyzer.Tests.Damage;

/// <summary>Every damage the matrix applies, in the order matrix.md lists them.</summary>
internal static class PasteDamages
{
    public static IReadOnlyList<IPasteDamage> All { get; } =
    [
        new JournaldShort(),
        new JournaldShortPrecise(),
        new JournaldShortIso(),
        new JournaldShortMonotonic(),
        new Rfc5424Syslog(),
        new DockerJsonFile(),
        new CriLog(),
        new KubectlTimestamps(),
        new ComposePrefix(),
        new CatNumbered(),
        new GrepNumbered(),
        new MarkdownQuote(),
        new AnsiColours(),
        new ShellPrompt(),
        new HeadConcatenation(),
        new CrlfLineEnds(),
        new LostIndentation(),
        new TabsToSpaces(),
        new NbspIndentation(),
        new TrailingWhitespace(),
        new FirstLineCut(),
        new TruncatedTail(),
    ];
}

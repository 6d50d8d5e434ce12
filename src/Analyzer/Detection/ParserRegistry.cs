using Analyzer.Families;

namespace Analyzer.Detection;

/// <summary>Every format the analyzer reads, in detection order: derived from the families (<see cref="FamilyRegistry"/>).</summary>
public static class ParserRegistry
{
    public static IReadOnlyList<IFormatParser> Default => FamilyRegistry.Parsers;
}

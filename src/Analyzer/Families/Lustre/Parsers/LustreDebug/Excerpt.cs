namespace Analyzer.Families.Lustre.Parsers.LustreDebug;

/// <summary>A line cut to a length a report can quote.</summary>
internal static class Excerpt
{
    public const int MaxLength = 200;

    public static string Of(ReadOnlySpan<char> line) =>
        line.Length <= MaxLength ? line.ToString() : string.Concat(line[..(MaxLength - 1)], "…");
}

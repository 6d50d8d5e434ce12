namespace Analyzer.Rules.Expressions.Runtime;

/// <summary>
/// Reads a param or variable slot as the scope's declared type. Lenient about the boxed CLR type (a config
/// loader or an aggregate may hand over an int where the language says int = long); a value of an
/// unrelated type reads as null rather than throwing.
/// </summary>
internal static class SlotReader
{
    public static long? Int(object? v) => v switch
    {
        long l => l,
        int i => i,
        short s => s,
        byte b => b,
        uint u => u,
        ulong ul when ul <= long.MaxValue => (long)ul,
        _ => null,
    };

    public static double? Double(object? v) => v switch
    {
        double d => d,
        float f => f,
        decimal m => (double)m,
        _ => Int(v),
    };

    public static bool? Bool(object? v) => v as bool?;

    public static TimeSpan? Duration(object? v) => v as TimeSpan?;

    public static string? String(object? v) => v as string;
}

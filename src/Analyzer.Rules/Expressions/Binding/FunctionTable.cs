using Analyzer.Rules.Expressions.Runtime;

namespace Analyzer.Rules.Expressions.Binding;

/// <summary>
/// The plain functions of the language and their overloads. <c>s.f(x)</c> and <c>f(s, x)</c> are the same call:
/// the receiver is the first argument. Functions that need more than a signature (size, matches, duration,
/// contains on a list, the macros) are bound by hand in the binder but still listed here for "did you mean".
/// </summary>
internal static class FunctionTable
{
    /// <summary>One signature: parameter and result types, and how to build its closure from the argument closures.</summary>
    public sealed record Overload(ExprType[] Parameters, ExprType Result, Func<Delegate[], Delegate> Build);

    public static readonly string[] Macros = ["exists", "all", "filter", "map", "count"];

    public static readonly string[] Special = ["size", "matches", "duration"];

    public static readonly IReadOnlyDictionary<string, Overload[]> Plain = new Dictionary<string, Overload[]>(StringComparer.Ordinal)
    {
        ["contains"] = [Predicate(Text.Contains)],
        ["startsWith"] = [Predicate(Text.StartsWith)],
        ["endsWith"] = [Predicate(Text.EndsWith)],
        ["lower"] = [Of<string?, string?>(ExprType.String, ExprType.String, Text.Lower)],
        ["upper"] = [Of<string?, string?>(ExprType.String, ExprType.String, Text.Upper)],
        ["trim"] = [Of<string?, string?>(ExprType.String, ExprType.String, Text.Trim)],
        ["threadFamily"] = [Of<string?, string?>(ExprType.String, ExprType.String, Text.ThreadFamily)],
        ["string"] =
        [
            Of<string?, string?>(ExprType.String, ExprType.String, Conversions.ToText),
            Of<long?, string?>(ExprType.Int, ExprType.String, Conversions.ToText),
            Of<double?, string?>(ExprType.Double, ExprType.String, Conversions.ToText),
            Of<bool?, string?>(ExprType.Bool, ExprType.String, Conversions.ToText),
            Of<TimeSpan?, string?>(ExprType.Duration, ExprType.String, Conversions.ToText),
        ],
        ["int"] =
        [
            Of<long?, long?>(ExprType.Int, ExprType.Int, Conversions.ToInt),
            Of<double?, long?>(ExprType.Double, ExprType.Int, Conversions.ToInt),
            Of<string?, long?>(ExprType.String, ExprType.Int, Conversions.ToInt),
        ],
        ["double"] =
        [
            Of<double?, double?>(ExprType.Double, ExprType.Double, Conversions.ToDouble),
            Of<long?, double?>(ExprType.Int, ExprType.Double, Conversions.ToDouble),
            Of<string?, double?>(ExprType.String, ExprType.Double, Conversions.ToDouble),
        ],
        ["milliseconds"] = [Of<TimeSpan?, double?>(ExprType.Duration, ExprType.Double, Conversions.Milliseconds)],
        ["seconds"] = [Of<TimeSpan?, double?>(ExprType.Duration, ExprType.Double, Conversions.Seconds)],
        ["minutes"] = [Of<TimeSpan?, double?>(ExprType.Duration, ExprType.Double, Conversions.Minutes)],
        ["hours"] = [Of<TimeSpan?, double?>(ExprType.Duration, ExprType.Double, Conversions.Hours)],
    };

    public static IEnumerable<string> AllNames => Plain.Keys.Concat(Macros).Concat(Special);

    private static Overload Of<TArg, TResult>(ExprType parameter, ExprType result, Func<TArg, TResult> function) =>
        new([parameter], result, args => Representation.Lift(args[0], function));

    /// <summary>A string predicate: its plain bool becomes the language's bool? (never null).</summary>
    private static Overload Predicate(Func<string?, string?, bool> function) =>
        new([ExprType.String, ExprType.String], ExprType.Bool, args =>
        {
            var test = Representation.Lift(args[0], args[1], function);
            return Representation.Bool(test);
        });
}

using System.Reflection;
using Analyzer.Rules.Expressions.Runtime;

namespace Analyzer.Rules.Expressions.Binding;

/// <summary>
/// The plain functions of the language and their overloads. <c>s.f(x)</c> and <c>f(s, x)</c> are the same call:
/// the receiver is the first argument. Functions that need more than a signature (size, matches, duration,
/// contains on a list, the macros) are bound by hand in the binder but still listed here for "did you mean".
/// </summary>
internal static class FunctionTable
{
    public sealed record Overload(ExprType[] Parameters, MethodInfo Method);

    public static readonly string[] Macros = ["exists", "all", "filter", "map", "count"];

    public static readonly string[] Special = ["size", "matches", "duration"];

    public static readonly IReadOnlyDictionary<string, Overload[]> Plain = new Dictionary<string, Overload[]>(StringComparer.Ordinal)
    {
        ["contains"] = [Of(typeof(Text), nameof(Text.Contains), ExprType.String, ExprType.String)],
        ["startsWith"] = [Of(typeof(Text), nameof(Text.StartsWith), ExprType.String, ExprType.String)],
        ["endsWith"] = [Of(typeof(Text), nameof(Text.EndsWith), ExprType.String, ExprType.String)],
        ["lower"] = [Of(typeof(Text), nameof(Text.Lower), ExprType.String)],
        ["upper"] = [Of(typeof(Text), nameof(Text.Upper), ExprType.String)],
        ["trim"] = [Of(typeof(Text), nameof(Text.Trim), ExprType.String)],
        ["threadFamily"] = [Of(typeof(Text), nameof(Text.ThreadFamily), ExprType.String)],
        ["string"] =
        [
            Of(typeof(Conversions), nameof(Conversions.ToText), ExprType.String),
            Of(typeof(Conversions), nameof(Conversions.ToText), ExprType.Int),
            Of(typeof(Conversions), nameof(Conversions.ToText), ExprType.Double),
            Of(typeof(Conversions), nameof(Conversions.ToText), ExprType.Bool),
            Of(typeof(Conversions), nameof(Conversions.ToText), ExprType.Duration),
        ],
        ["int"] =
        [
            Of(typeof(Conversions), nameof(Conversions.ToInt), ExprType.Int),
            Of(typeof(Conversions), nameof(Conversions.ToInt), ExprType.Double),
            Of(typeof(Conversions), nameof(Conversions.ToInt), ExprType.String),
        ],
        ["double"] =
        [
            Of(typeof(Conversions), nameof(Conversions.ToDouble), ExprType.Double),
            Of(typeof(Conversions), nameof(Conversions.ToDouble), ExprType.Int),
            Of(typeof(Conversions), nameof(Conversions.ToDouble), ExprType.String),
        ],
        ["milliseconds"] = [Of(typeof(Conversions), nameof(Conversions.Milliseconds), ExprType.Duration)],
        ["seconds"] = [Of(typeof(Conversions), nameof(Conversions.Seconds), ExprType.Duration)],
        ["minutes"] = [Of(typeof(Conversions), nameof(Conversions.Minutes), ExprType.Duration)],
        ["hours"] = [Of(typeof(Conversions), nameof(Conversions.Hours), ExprType.Duration)],
    };

    public static IEnumerable<string> AllNames => Plain.Keys.Concat(Macros).Concat(Special);

    public static ExprType ResultOf(MethodInfo method) =>
        method.ReturnType == typeof(bool) || method.ReturnType == typeof(bool?) ? ExprType.Bool
        : method.ReturnType == typeof(long?) ? ExprType.Int
        : method.ReturnType == typeof(double?) ? ExprType.Double
        : method.ReturnType == typeof(TimeSpan?) ? ExprType.Duration
        : method.ReturnType == typeof(string) ? ExprType.String
        : throw new InvalidOperationException($"unexpected return type of {method.Name}");

    private static Overload Of(Type owner, string name, params ExprType[] parameters) =>
        new(parameters, Representation.Method(owner, name, parameters.Select(Representation.Of).ToArray()));
}

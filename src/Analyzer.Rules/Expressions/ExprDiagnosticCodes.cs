namespace Analyzer.Rules.Expressions;

/// <summary>
/// Stable codes of the expression language, range TRI0200–TRI0299. Codes are never reused: rule authors and
/// tests match on them, so a retired code stays retired.
/// </summary>
internal static class ExprDiagnosticCodes
{
    /// <summary>The text is not a well-formed expression (unexpected token, unterminated string, bad escape).</summary>
    public const string Syntax = "TRI0201";

    /// <summary>A binding, variable, param or macro variable that the scope does not declare.</summary>
    public const string UnknownName = "TRI0202";

    /// <summary>A field that the record does not have, or member access on a value that is not a record.</summary>
    public const string UnknownField = "TRI0203";

    /// <summary>Operand or result types that do not fit (e.g. string compared with int, where not bool).</summary>
    public const string TypeMismatch = "TRI0204";

    /// <summary>A function or method the language does not offer.</summary>
    public const string UnknownFunction = "TRI0205";

    /// <summary>A known function called with the wrong number or types of arguments.</summary>
    public const string WrongArguments = "TRI0206";

    /// <summary>A literal regular expression that does not compile.</summary>
    public const string InvalidRegex = "TRI0207";

    /// <summary>A duration literal (or a literal argument of duration()) that is not number+unit.</summary>
    public const string InvalidDuration = "TRI0208";

    /// <summary>A numeric literal that does not fit its type.</summary>
    public const string NumberOutOfRange = "TRI0209";

    /// <summary>An expression too long or too deeply nested to be a sensible rule (and to compile without deep recursion).</summary>
    public const string TooComplex = "TRI0210";

    /// <summary>A string literal compared with (or derived into) an enumerated field that is not one of its values.</summary>
    public const string UnknownValue = "TRI0211";
}

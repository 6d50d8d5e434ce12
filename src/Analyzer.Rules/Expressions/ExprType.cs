using Analyzer.Rules.Facts;

namespace Analyzer.Rules.Expressions;

/// <summary>
/// The static type of an expression in the rule language. CLR representation at run time:
/// Int → long, Double → double, String → string, Bool → bool, Duration → TimeSpan,
/// List → IReadOnlyList&lt;T&gt; (T object for strings and records, the value type otherwise), Record → the record's CLR class. Null is the type of `null`.
/// Any value may be null at run time when it comes from an optional binding or a nullable field.
/// </summary>
public abstract record ExprType
{
    public static readonly ExprType Int = new Scalar("int", typeof(long));
    public static readonly ExprType Double = new Scalar("double", typeof(double));
    public static readonly ExprType String = new Scalar("string", typeof(string));
    public static readonly ExprType Bool = new Scalar("bool", typeof(bool));
    public static readonly ExprType Duration = new Scalar("duration", typeof(TimeSpan));
    public static readonly ExprType Null = new Scalar("null", typeof(object));

    public abstract string Name { get; }
    public abstract Type ClrType { get; }
    public bool IsNumeric => this == Int || this == Double;
    // Sealed so that the derived records do not synthesize their own ToString: messages print "int", not "Scalar { ... }".
    public sealed override string ToString() => Name;

    public sealed record Scalar(string ScalarName, Type Clr) : ExprType
    {
        public override string Name => ScalarName;
        public override Type ClrType => Clr;
    }

    public sealed record List(ExprType Element) : ExprType
    {
        public override string Name => $"list<{Element.Name}>";
        // Not IReadOnlyList<element>: making that type at run time needs code generation (Native AOT). At run time a
        // list is an IReadOnlyList of object (strings, records) or of long/double/bool/TimeSpan (see Runtime.ListKit).
        public override Type ClrType => typeof(System.Collections.IEnumerable);
    }

    public sealed record Record(RecordShape Shape) : ExprType
    {
        public override string Name => Shape.Name;
        public override Type ClrType => Shape.ClrType;
    }
}

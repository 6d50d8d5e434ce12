namespace Analyzer.Rules.Facts;

/// <summary>The language kind of a generated field descriptor (see <see cref="Expressions.ExprType"/>).</summary>
public enum FieldKind
{
    None,
    Int,
    Double,
    Bool,
    Duration,
    String,
    List,
    Record,
}

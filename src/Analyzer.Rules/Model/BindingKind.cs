namespace Analyzer.Rules.Model;

/// <summary>How a binding of <c>match:</c> takes part: must match, may match (left join), or must not match.</summary>
public enum BindingKind
{
    Required,
    Optional,
    Not,
}

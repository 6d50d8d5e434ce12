using Analyzer.Rules.Facts;

namespace Analyzer.Rules.Expressions;

/// <summary>
/// The names an expression may use, with their static types and the slot each lives in at run time:
/// bindings (facts bound by a rule's <c>match</c>, read from <see cref="EvalFrame.Bindings"/>),
/// params (<c>params.name</c>, read from <see cref="EvalFrame.Params"/>) and variables
/// (aggregates and other named values, read from <see cref="EvalFrame.Variables"/>).
/// </summary>
public sealed class ExpressionScope
{
    private readonly Dictionary<string, (int Slot, ExprType Type)> _bindings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Slot, ExprType Type)> _params = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Slot, ExprType Type)> _variables = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, (int Slot, ExprType Type)> Bindings => _bindings;
    public IReadOnlyDictionary<string, (int Slot, ExprType Type)> Params => _params;
    public IReadOnlyDictionary<string, (int Slot, ExprType Type)> Variables => _variables;

    /// <summary>String fields with a closed vocabulary: literals compared with them are checked (TRI0211).</summary>
    public EnumeratedFields Enumerated { get; init; } = EnumeratedFields.None;

    /// <summary>
    /// The literal regular expressions bound in this scope (one rule's expressions share a scope): their matchers are
    /// built on first use, and <c>RuleSet.Verify</c> builds them all now for rule authors.
    /// </summary>
    public List<Runtime.LiteralPattern> Patterns { get; } = [];

    public ExpressionScope AddBinding(string name, ExprType type, int slot)
    {
        _bindings[name] = (slot, type);
        return this;
    }

    public ExpressionScope AddParam(string name, ExprType type, int slot)
    {
        _params[name] = (slot, type);
        return this;
    }

    public ExpressionScope AddVariable(string name, ExprType type, int slot)
    {
        _variables[name] = (slot, type);
        return this;
    }
}

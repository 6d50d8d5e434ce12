using Analyzer.Rules.Diagnostics;
using Analyzer.Rules.Expressions.Runtime;
using Analyzer.Rules.Expressions.Syntax;

namespace Analyzer.Rules.Expressions.Binding;

/// <summary>
/// Type-checks the syntax tree against the scope and builds the closures in the same walk (the typed tree is a tree
/// of typed delegates plus an <see cref="ExprType"/> per node; no second pass, no run-time code generation).
///
/// Null semantics, the contract rule authors rely on:
/// <list type="bullet">
/// <item>member access on null (an unmatched optional binding, a null nested record) → null;</item>
/// <item><c>==</c>/<c>!=</c> are null-aware: null == null is true, null == 5 is false;</item>
/// <item>ordering comparisons (<c>&lt; &lt;= &gt; &gt;=</c>) with a null operand → false;</item>
/// <item>string predicates (contains, startsWith, endsWith, matches) with a null operand → false;
///       string transforms (lower, upper, trim, string(), int(), double(), duration()) → null;</item>
/// <item>arithmetic and unary minus with null → null (so is integer division by zero);</item>
/// <item><c>&amp;&amp;</c>, <c>||</c>, <c>!</c> and the <c>?:</c> condition treat null as false (so <c>!null</c> is true);</item>
/// <item><c>size(null)</c> → 0; over a null list: exists → false, all → true, count → 0, filter/map → empty;</item>
/// <item><c>x in list</c>: null-aware equality against each element; a null list contains nothing;</item>
/// <item><c>list[i]</c> out of range or on a null list → null.</item>
/// </list>
/// </summary>
internal sealed partial class Binder(ExpressionScope scope, ErrorSink errors)
{
    private const string ParamsPrefix = "params";
    // Macro variables in scope, innermost last; a variable lives in the frame's local slot of its nesting depth.
    private readonly List<(string Name, ExprType Type, int Depth)> _locals = [];

    /// <summary>Bindings, variables and "params.NAME" that the expression reads.</summary>
    public HashSet<string> ReferencedNames { get; } = new(StringComparer.Ordinal);

    public Bound Bind(SyntaxNode node) => node switch
    {
        SyntaxNode.Literal literal => BindLiteral(literal),
        SyntaxNode.Name name => BindName(name),
        SyntaxNode.Member member => BindMember(member),
        SyntaxNode.Call call => BindCall(call),
        SyntaxNode.Index index => BindIndex(index),
        SyntaxNode.Unary unary => BindUnary(unary),
        SyntaxNode.Binary binary => BindBinary(binary),
        SyntaxNode.Conditional conditional => BindConditional(conditional),
        SyntaxNode.ListLiteral list => BindList(list),
        _ => throw new InvalidOperationException($"unknown syntax node {node.GetType().Name}"),
    };

    private static Bound BindLiteral(SyntaxNode.Literal literal) =>
        literal.Type == ExprType.Null
            ? new Bound(ExprType.Null, Representation.Null(ExprType.Null))
            : new Bound(literal.Type, Representation.Constant(literal.Type, literal.Value));

    private Bound BindName(SyntaxNode.Name node)
    {
        var name = node.Identifier;
        for (var i = _locals.Count - 1; i >= 0; i--)
        {
            if (_locals[i].Name == name)
            {
                var depth = _locals[i].Depth;
                return new Bound(_locals[i].Type, Representation.FromObject(_locals[i].Type, f => f.Local(depth)));
            }
        }
        if (scope.Bindings.TryGetValue(name, out var binding))
        {
            ReferencedNames.Add(name);
            return new Bound(binding.Type, ReadSlot(nameof(EvalFrame.Bindings), binding.Slot, binding.Type));
        }
        if (scope.Variables.TryGetValue(name, out var variable))
        {
            ReferencedNames.Add(name);
            return new Bound(variable.Type, ReadSlot(nameof(EvalFrame.Variables), variable.Slot, variable.Type));
        }
        if (name == ParamsPrefix)
        {
            errors.Report(ExprDiagnosticCodes.UnknownName, node.Start, node.End, "'params' is not a value on its own",
                "write params.NAME to read one param");
            return Bound.Error;
        }
        var known = scope.Bindings.Keys.Concat(scope.Variables.Keys).Concat(_locals.Select(l => l.Name)).Append(ParamsPrefix);
        errors.Report(ExprDiagnosticCodes.UnknownName, node.Start, node.End, $"unknown name '{name}'",
            DidYouMean.Suggest(name, known) ?? KnownNamesHint());
        return Bound.Error;
    }

    private string KnownNamesHint()
    {
        var names = scope.Bindings.Keys.Concat(scope.Variables.Keys).Concat(_locals.Select(l => l.Name)).Order(StringComparer.Ordinal).ToList();
        return names.Count == 0 ? "nothing is in scope here" : "names in scope: " + string.Join(", ", names);
    }

    private Bound BindParam(SyntaxNode.Member node)
    {
        if (scope.Params.TryGetValue(node.Field, out var param))
        {
            ReferencedNames.Add($"{ParamsPrefix}.{node.Field}");
            return new Bound(param.Type, ReadSlot(nameof(EvalFrame.Params), param.Slot, param.Type));
        }
        var hint = DidYouMean.Suggest(node.Field, scope.Params.Keys)
            ?? (scope.Params.Count == 0 ? "this rule declares no params" : "params: " + string.Join(", ", scope.Params.Keys.Order(StringComparer.Ordinal)));
        errors.Report(ExprDiagnosticCodes.UnknownName, node.FieldStart, node.End, $"unknown param '{node.Field}'", hint);
        return Bound.Error;
    }

    /// <summary>Reads <c>frame.{array}[slot]</c> as the declared type; a null or mistyped slot reads as null.</summary>
    private static Delegate ReadSlot(string array, int slot, ExprType type)
    {
        Func<EvalFrame, object?> raw = array switch
        {
            nameof(EvalFrame.Bindings) => f => f.Bindings[slot],
            nameof(EvalFrame.Params) => f => f.Params[slot],
            _ => f => f.Variables[slot],
        };
        return Representation.FromObject(type, raw);
    }

    private bool IsShadowed(string name) =>
        _locals.Any(l => l.Name == name) || scope.Bindings.ContainsKey(name) || scope.Variables.ContainsKey(name);

    private Bound BindMember(SyntaxNode.Member node)
    {
        if (node.Target is SyntaxNode.Name { Identifier: ParamsPrefix } && !IsShadowed(ParamsPrefix))
            return BindParam(node);
        var target = Bind(node.Target);
        if (target.IsError)
            return Bound.Error;
        if (target.Type is not ExprType.Record record)
        {
            var hint = target.Type switch
            {
                ExprType.List { Element: ExprType.Record } => $"a list has no fields: use exists, all, map or filter, e.g. list.exists(x, x.{node.Field} == ...)",
                ExprType.List => "a list has no fields: use size(list), exists, all, map or filter",
                _ => null,
            };
            errors.Report(ExprDiagnosticCodes.UnknownField, node.FieldStart, node.End, $"{Types.A(target.Type)} has no field '{node.Field}'", hint);
            return Bound.Error;
        }
        if (!record.Shape.Fields.TryGetValue(node.Field, out var field))
        {
            errors.Report(ExprDiagnosticCodes.UnknownField, node.FieldStart, node.End, $"unknown field '{node.Field}' on {record.Shape.Name}",
                DidYouMean.Suggest(node.Field, record.Shape.Fields.Keys) ?? "fields: " + string.Join(", ", record.Shape.Fields.Keys.Order(StringComparer.Ordinal)));
            return Bound.Error;
        }
        // The target is evaluated once: it may be an optional binding (null) or a chain of members.
        var targetEval = Representation.As<object?>(target.Eval);
        Delegate read = field.Getter switch
        {
            Func<object, long?> g => Representation.Member(targetEval, g),
            Func<object, double?> g => Representation.Member(targetEval, g),
            Func<object, bool?> g => Representation.Member(targetEval, g),
            Func<object, TimeSpan?> g => Representation.Member(targetEval, g),
            Func<object, string?> g => Representation.Member(targetEval, g),
            Func<object, object?> g => Representation.Member(targetEval, g),
            _ => throw new InvalidOperationException($"{record.Shape.Name}.{field.Name} has no typed getter"),
        };
        return new Bound(field.Type, read, scope.Enumerated.Find(record.Shape.Name, field.Name));
    }

    private Bound BindIndex(SyntaxNode.Index node)
    {
        var target = Bind(node.Target);
        var position = Bind(node.Position);
        if (target.IsError || position.IsError)
            return Bound.Error;
        if (target.Type is not ExprType.List list)
        {
            errors.Report(ExprDiagnosticCodes.TypeMismatch, node.Target.Start, node.Target.End, $"only a list can be indexed, not {Types.A(target.Type)}");
            return Bound.Error;
        }
        if (!Types.Converts(position.Type, ExprType.Int))
        {
            errors.Report(ExprDiagnosticCodes.TypeMismatch, node.Position.Start, node.Position.End, $"a list index must be an int, not {Types.A(position.Type)}");
            return Bound.Error;
        }
        var element = ListKit.For(list.Element).Element(Representation.As<object?>(target.Eval), Representation.As<long?>(Types.Coerce(position, ExprType.Int)));
        return new Bound(list.Element, Representation.FromObject(list.Element, element));
    }

    private Bound BindConditional(SyntaxNode.Conditional node)
    {
        var condition = Bind(node.Condition);
        var whenTrue = Bind(node.WhenTrue);
        var whenFalse = Bind(node.WhenFalse);
        if (condition.IsError || whenTrue.IsError || whenFalse.IsError)
            return Bound.Error;
        if (!Types.IsBoolLike(condition.Type))
        {
            errors.Report(ExprDiagnosticCodes.TypeMismatch, node.Condition.Start, node.Condition.End, $"the condition of '?:' must be a bool, not {Types.A(condition.Type)}");
            return Bound.Error;
        }
        var type = Types.Unify(whenTrue.Type, whenFalse.Type);
        if (type is null)
        {
            errors.Report(ExprDiagnosticCodes.TypeMismatch, node.WhenTrue.Start, node.WhenFalse.End,
                $"the branches of '?:' have different types: {whenTrue.Type} and {whenFalse.Type}");
            return Bound.Error;
        }
        return new Bound(type, Representation.Conditional(type, Representation.Truthy(condition), Types.Coerce(whenTrue, type), Types.Coerce(whenFalse, type)));
    }

    private Bound BindList(SyntaxNode.ListLiteral node)
    {
        var items = node.Items.Select(Bind).ToList();
        if (items.Any(i => i.IsError))
            return Bound.Error;
        ExprType? element = ExprType.Null;
        for (var i = 0; i < items.Count && element is not null; i++)
        {
            var next = Types.Unify(element, items[i].Type);
            if (next is null)
                errors.Report(ExprDiagnosticCodes.TypeMismatch, node.Items[i].Start, node.Items[i].End,
                    $"list items must share one type: this {items[i].Type} follows {Types.A(element)}");
            element = next;
        }
        if (element is null)
            return Bound.Error;
        if (element == ExprType.Null)
        {
            errors.Report(ExprDiagnosticCodes.TypeMismatch, node.Start, node.End, "cannot tell the element type of an empty or all-null list",
                "an empty list is only useful on the right of 'in'");
            return Bound.Error;
        }
        var type = new ExprType.List(element);
        var boxed = items.Select(i => Representation.Boxed(element, Types.Coerce(i, element))).ToList();
        return new Bound(type, ListKit.For(element).Build(boxed));
    }
}

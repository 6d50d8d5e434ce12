using Analyzer.Rules.Expressions.Runtime;
using Analyzer.Rules.Expressions.Syntax;

namespace Analyzer.Rules.Expressions.Binding;

/// <summary>
/// <c>list.exists(x, p)</c>, <c>all</c>, <c>count</c>, <c>filter</c> and <c>map(x, e)</c>. The body is a closure that reads
/// <c>x</c> from the frame's local slot of the macro's nesting depth (set by the loop in <see cref="ListKit"/>), and
/// <c>x</c> is visible only inside it.
/// </summary>
internal sealed partial class Binder
{
    private Bound BindMacro(SyntaxNode.Call node, IReadOnlyList<SyntaxNode> syntax)
    {
        var name = node.Function;
        if (syntax.Count != 3)
        {
            // Only the list is checked: the other arguments may use the macro variable, which is not declared.
            if (syntax.Count > 0)
                Bind(syntax[0]);
            var hint = name == "count" && syntax.Count == 1 ? "to count every element use size(list)" : $"write list.{name}(x, {(name == "map" ? "expression of x" : "predicate over x")})";
            errors.Report(ExprDiagnosticCodes.WrongArguments, node.NameStart, node.End, $"'{name}' takes a variable name and an expression", hint);
            return Bound.Error;
        }
        var list = Bind(syntax[0]);
        if (syntax[1] is not SyntaxNode.Name variable)
        {
            errors.Report(ExprDiagnosticCodes.WrongArguments, syntax[1].Start, syntax[1].End, $"the first argument of '{name}' must be a plain variable name",
                $"write list.{name}(x, ...)");
            return Bound.Error;
        }
        if (list.IsError)
            return Bound.Error;
        if (list.Type is not ExprType.List listType)
        {
            errors.Report(ExprDiagnosticCodes.TypeMismatch, syntax[0].Start, syntax[0].End, $"'{name}' works on a list, not {Types.A(list.Type)}");
            return Bound.Error;
        }
        var element = listType.Element;
        var depth = _locals.Count;
        _locals.Add((variable.Identifier, element, depth));
        Bound body;
        try
        {
            body = Bind(syntax[2]);
        }
        finally
        {
            _locals.RemoveAt(_locals.Count - 1);
        }
        if (body.IsError)
            return Bound.Error;
        return name == "map" ? BindMap(syntax[2], list, element, depth, body) : BindPredicateMacro(name, syntax[2], list, listType, depth, body);
    }

    private Bound BindPredicateMacro(string name, SyntaxNode bodySyntax, Bound list, ExprType.List listType, int depth, Bound body)
    {
        if (!Types.IsBoolLike(body.Type))
        {
            errors.Report(ExprDiagnosticCodes.TypeMismatch, bodySyntax.Start, bodySyntax.End, $"the predicate of '{name}' must be a bool, not {Types.A(body.Type)}");
            return Bound.Error;
        }
        var kit = ListKit.For(listType.Element);
        var source = Representation.As<object?>(list.Eval);
        var predicate = Representation.Truthy(body);
        return name switch
        {
            "exists" => new Bound(ExprType.Bool, Representation.Bool(kit.Exists(source, depth, predicate))),
            "all" => new Bound(ExprType.Bool, Representation.Bool(kit.All(source, depth, predicate))),
            "count" => new Bound(ExprType.Int, kit.Count(source, depth, predicate)),
            _ => new Bound(listType, kit.Filter(source, depth, predicate)),
        };
    }

    private Bound BindMap(SyntaxNode bodySyntax, Bound list, ExprType element, int depth, Bound body)
    {
        if (body.Type == ExprType.Null)
        {
            errors.Report(ExprDiagnosticCodes.TypeMismatch, bodySyntax.Start, bodySyntax.End, "'map' cannot make a list of nulls");
            return Bound.Error;
        }
        var result = body.Type;
        var map = ListKit.For(element).Map(Representation.As<object?>(list.Eval), depth, Representation.Boxed(result, body.Eval), ListKit.For(result));
        return new Bound(new ExprType.List(result), map);
    }
}

using System.Text.RegularExpressions;
using Analyzer.Rules.Diagnostics;
using Analyzer.Rules.Expressions.Runtime;
using Analyzer.Rules.Expressions.Syntax;
using Analyzer.Rules.Model;

namespace Analyzer.Rules.Expressions.Binding;

/// <summary>Function and method calls: the table-driven ones and those that need a literal or a list.</summary>
internal sealed partial class Binder
{
    private Bound BindCall(SyntaxNode.Call node)
    {
        IReadOnlyList<SyntaxNode> syntax = node.Receiver is null ? node.Args : [node.Receiver, .. node.Args];
        if (FunctionTable.Macros.Contains(node.Function))
            return BindMacro(node, syntax);
        // Arguments are bound even when the function is unknown, so their own mistakes are reported too.
        var args = syntax.Select(Bind).ToList();
        var known = FunctionTable.Plain.ContainsKey(node.Function) || FunctionTable.Special.Contains(node.Function);
        if (!known)
        {
            errors.Report(ExprDiagnosticCodes.UnknownFunction, node.NameStart, node.NameStart + node.Function.Length, $"unknown function '{node.Function}'",
                DidYouMean.Suggest(node.Function, FunctionTable.AllNames) ?? "functions: " + string.Join(", ", FunctionTable.AllNames.Order(StringComparer.Ordinal)));
            return Bound.Error;
        }
        if (args.Any(a => a.IsError))
            return Bound.Error;
        return node.Function switch
        {
            "size" => BindSize(node, args),
            "matches" => BindMatches(node, syntax, args),
            "duration" => BindDuration(node, syntax, args),
            "contains" when args.Count == 2 && args[0].Type is ExprType.List list => ListContains(syntax[1], args[0], list, args[1]) ?? Bound.Error,
            _ => BindPlain(node, args),
        };
    }

    private Bound BindPlain(SyntaxNode.Call node, List<Bound> args)
    {
        var overloads = FunctionTable.Plain[node.Function];
        // Exact types first, so that string(5) picks the int overload and not int→double.
        var chosen = overloads.FirstOrDefault(o => Fits(o, args, exact: true)) ?? overloads.FirstOrDefault(o => Fits(o, args, exact: false));
        if (chosen is null)
            return WrongArguments(node, args, overloads.Select(o => $"{node.Function}({string.Join(", ", o.Parameters.Select(p => p.Name))})"));
        return new Bound(chosen.Result, chosen.Build(args.Select((a, i) => Types.Coerce(a, chosen.Parameters[i])).ToArray()));
    }

    private static bool Fits(FunctionTable.Overload overload, List<Bound> args, bool exact) =>
        overload.Parameters.Length == args.Count
        && args.Select((a, i) => exact ? a.Type == overload.Parameters[i] || a.Type == ExprType.Null : Types.Converts(a.Type, overload.Parameters[i])).All(ok => ok);

    private Bound WrongArguments(SyntaxNode.Call node, List<Bound> args, IEnumerable<string> expected)
    {
        var got = string.Join(", ", args.Select(a => a.Type.Name));
        var receiverNote = node.Receiver is null ? "" : $" (x.{node.Function}(...) passes x first)";
        errors.Report(ExprDiagnosticCodes.WrongArguments, node.NameStart, node.End, $"'{node.Function}' cannot take ({got}){receiverNote}",
            "expected " + string.Join(" or ", expected));
        return Bound.Error;
    }

    private Bound BindSize(SyntaxNode.Call node, List<Bound> args)
    {
        if (args.Count == 1)
        {
            var arg = args[0];
            if (arg.Type == ExprType.Null)
                return new Bound(ExprType.Int, Representation.Constant(ExprType.Int, 0L));
            if (arg.Type == ExprType.String)
                return new Bound(ExprType.Int, Representation.Lift<string?, long?>(arg.Eval, Text.Size));
            if (arg.Type is ExprType.List list)
                return new Bound(ExprType.Int, ListKit.For(list.Element).Size(Representation.As<object?>(arg.Eval)));
        }
        return WrongArguments(node, args, ["size(string)", "size(list)"]);
    }

    private Bound BindMatches(SyntaxNode.Call node, IReadOnlyList<SyntaxNode> syntax, List<Bound> args)
    {
        if (args.Count != 2 || !Types.Converts(args[0].Type, ExprType.String) || !Types.Converts(args[1].Type, ExprType.String))
            return WrongArguments(node, args, ["matches(string, string)"]);
        var subject = Types.Coerce(args[0], ExprType.String);
        Func<string?, LiteralPattern, bool> literalMatch = Text.Matches;
        Func<string?, string?, bool> dynamicMatch = Text.Matches;
        if (syntax[1] is SyntaxNode.Literal { Value: string pattern })
        {
            // A literal pattern's syntax is checked here, so that a broken one is a load error and not a run-time one;
            // the matcher itself is built on first use (LiteralPattern), and `rules check` builds every one.
            const string hint = "patterns use .NET regex syntax without backreferences or lookarounds (they run in linear time); inside a quoted string write '\\\\' for one backslash";
            var (start, end) = (syntax[1].Start, syntax[1].End);
            var literal = LiteralPattern.Parse(pattern, message => errors.Make(ExprDiagnosticCodes.InvalidRegex, start, end, message, hint), out var error);
            if (literal is null)
            {
                errors.Report(ExprDiagnosticCodes.InvalidRegex, start, end, $"invalid regular expression: {error}", hint);
                return Bound.Error;
            }
            scope.Patterns.Add(literal);
            var s = Representation.As<string?>(subject);
            return new Bound(ExprType.Bool, Representation.Bool(f => literalMatch(s(f), literal)));
        }
        return new Bound(ExprType.Bool, Representation.Bool(Representation.Lift(subject, Types.Coerce(args[1], ExprType.String), dynamicMatch)));
    }

    private Bound BindDuration(SyntaxNode.Call node, IReadOnlyList<SyntaxNode> syntax, List<Bound> args)
    {
        if (args.Count != 1 || !Types.Converts(args[0].Type, ExprType.String))
            return WrongArguments(node, args, ["duration(string)"]);
        if (syntax[0] is SyntaxNode.Literal { Value: string text })
        {
            if (DurationText.TryParse(text, out var value))
                return new Bound(ExprType.Duration, Representation.Constant(ExprType.Duration, value));
            errors.Report(ExprDiagnosticCodes.InvalidDuration, syntax[0].Start, syntax[0].End, $"invalid duration '{text}'",
                "write a number followed by a unit: ms, s, m, h or d (e.g. '90s', '1h30m')");
            return Bound.Error;
        }
        return new Bound(ExprType.Duration, Representation.Lift<string?, TimeSpan?>(Types.Coerce(args[0], ExprType.String), Conversions.ToDuration));
    }
}

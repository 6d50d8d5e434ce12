using Analyzer.Rules.Config;
using Analyzer.Rules.Diagnostics;
using Analyzer.Rules.Expressions;
using Analyzer.Rules.Facts;
using Analyzer.Rules.Model;
using Analyzer.Rules.Templates;

namespace Analyzer.Rules.Engine;

/// <summary>
/// Rule model → plan. Resolves fact types against the catalog, compiles every expression and template against the
/// rule's scope, splits joins into hash keys, and reports every problem with file:line:col.
/// </summary>
internal static class RuleCompiler
{
    public static CompiledRule? Compile(RuleDefinition rule, FactCatalog catalog, EnumeratedFields enumerated, RuleOverride? config, DiagnosticBag diagnostics)
    {
        var before = diagnostics.Items.Count;
        var scope = new ExpressionScope { Enumerated = enumerated };
        var types = new List<FactType?>();
        for (var i = 0; i < rule.Match.Count; i++)
        {
            var b = rule.Match[i];
            if (!catalog.TryGet(b.FactType, out var type))
            {
                diagnostics.Add("TRI0107", b.FactTypeLocation, $"unknown fact type '{b.FactType}'", b.FactType,
                    DidYouMean.Suggest(b.FactType, catalog.Types.Select(t => t.Name)));
                types.Add(null);
                continue;
            }
            if (scope.Bindings.ContainsKey(b.Name))
                diagnostics.Add("TRI0108", b.Location, $"binding '{b.Name}' is declared twice");
            scope.AddBinding(b.Name, new ExprType.Record(type.Shape), i);
            types.Add(type);
        }
        for (var i = 0; i < rule.Params.Count; i++)
            scope.AddParam(rule.Params[i].Name, rule.Params[i].Type, i);
        if (diagnostics.Items.Count > before)
            return null;

        var used = new HashSet<string>(StringComparer.Ordinal);
        var bindings = CompileBindings(rule, scope, types!, used, diagnostics);
        var where = Expr(rule.Where, scope, ExprType.Bool, used, diagnostics);
        var groupBy = rule.GroupBy.Select(g => Expr(g, scope, null, used, diagnostics)).OfType<CompiledExpression>().ToList();
        var orderBy = rule.OrderBy.Select(o => OrderKey(o, scope, used, diagnostics)).OfType<(CompiledExpression, bool)>().ToList();
        var aggregates = CompileAggregates(rule, scope, used, diagnostics);
        var having = Expr(rule.Having, scope, ExprType.Bool, used, diagnostics);
        var mergeBy = rule.MergeBy.Select(m => Expr(m, scope, null, used, diagnostics)).OfType<CompiledExpression>().ToList();
        if (rule.MergeBy.Count > 0)
            AddMergeVariables(rule, scope, aggregates.Count, diagnostics);
        var subjects = rule.Subjects.Select(x => Expr(x, scope, ExprType.String, used, diagnostics)).OfType<CompiledExpression>().ToList();
        if (rule.Derive is not null && (rule.Subjects.Count > 0 || rule.Absorbs.Count > 0))
            diagnostics.Add("TRI0119", rule.Location, "'subjects' and 'absorbs' belong to rules that report findings, not to a derive rule");
        var message = rule.Message is null ? null : TemplateCompiler.Compile(rule.Message, scope, diagnostics, used);
        var nextSteps = rule.NextSteps.Select(s => TemplateCompiler.Compile(s, scope, diagnostics, used)).OfType<RuleTemplate>().ToList();
        CheckEvidence(rule, scope, diagnostics);
        var (deriveType, deriveFields) = CompileDerive(rule, catalog, scope, used, diagnostics);
        foreach (var e in rule.Evidence)
            used.Add(e.From);
        // Without an evidence list the first required binding is quoted, which is a use of it.
        var defaultEvidence = rule.Evidence.Count == 0 ? rule.Match.FirstOrDefault(b => b.Kind == BindingKind.Required)?.Name : null;
        foreach (var b in rule.Match.Where(b => b.Kind != BindingKind.Not && !used.Contains(b.Name) && b.Name != defaultEvidence))
            diagnostics.Add("TRI0111", b.Location, $"binding '{b.Name}' is never used (not in a where, join, template or evidence)", b.Name,
                "use it, or make it 'not: true' if it only has to be absent");

        var paramValues = ResolveParams(rule, config, diagnostics);
        if (diagnostics.Items.Count > before)
            return null;
        return new CompiledRule
        {
            Definition = rule,
            Severity = config?.Severity ?? rule.Severity,
            Enabled = config?.Enabled ?? true,
            ParamValues = paramValues,
            Bindings = bindings,
            Where = where,
            GroupBy = groupBy,
            OrderBy = orderBy,
            Aggregates = aggregates,
            Having = having,
            MergeBy = mergeBy,
            Subjects = subjects,
            Message = message,
            NextSteps = nextSteps,
            Patterns = scope.Patterns,
            Evidence = rule.Evidence,
            DeriveType = deriveType,
            DeriveFields = deriveFields,
            Produces = deriveType?.Name ?? "Finding",
            Consumes = types.OfType<FactType>().Select(t => t.Name).ToHashSet(StringComparer.Ordinal),
        };
    }

    /// <summary>
    /// The rule's place in a set without compiling it: its fact types resolved against the catalog, the type it
    /// derives, and config's enable switch and params checked (a config problem is the user's, so it is reported at
    /// load whatever is deferred). Null with diagnostics when a type or a config value is wrong.
    /// </summary>
    public static RuleHeader? Header(RuleDefinition rule, FactCatalog catalog, RuleOverride? config, DiagnosticBag diagnostics)
    {
        var before = diagnostics.Items.Count;
        var consumes = new HashSet<string>(StringComparer.Ordinal);
        var required = new List<FactType>();
        foreach (var b in rule.Match)
        {
            if (!catalog.TryGet(b.FactType, out var type))
            {
                diagnostics.Add("TRI0107", b.FactTypeLocation, $"unknown fact type '{b.FactType}'", b.FactType,
                    DidYouMean.Suggest(b.FactType, catalog.Types.Select(t => t.Name)));
                continue;
            }
            consumes.Add(type.Name);
            if (b.Kind == BindingKind.Required)
                required.Add(type);
        }
        var produces = "Finding";
        if (rule.Derive is { } derive)
        {
            if (catalog.TryGet(derive.FactType, out var derived))
                produces = derived.Name;
            else
                diagnostics.Add("TRI0107", derive.Location, $"unknown fact type '{derive.FactType}' to derive", derive.FactType,
                    DidYouMean.Suggest(derive.FactType, catalog.Types.Where(t => t.IsDerived).Select(t => t.Name)));
        }
        ResolveParams(rule, config, diagnostics);
        return diagnostics.Items.Count > before ? null : new RuleHeader(rule, config?.Enabled ?? true, produces, consumes, required);
    }

    private static List<CompiledBinding> CompileBindings(RuleDefinition rule, ExpressionScope scope, List<FactType> types, HashSet<string> used, DiagnosticBag diagnostics)
    {
        var joinKeys = rule.Match.Select(_ => new List<JoinKey>()).ToList();
        foreach (var join in rule.Join)
            CompileJoin(join, rule, scope, joinKeys, used, diagnostics);
        var result = new List<CompiledBinding>();
        for (var i = 0; i < rule.Match.Count; i++)
        {
            var b = rule.Match[i];
            CompiledExpression? local = null, filter = null;
            if (b.Where is not null)
            {
                var compiled = ExpressionCompiler.Compile(b.Where.Text, scope, b.Where.Locate, ExprType.Bool);
                diagnostics.AddRange(compiled.Diagnostics);
                used.UnionWith(compiled.ReferencedNames);
                var laterRefs = compiled.ReferencedNames.Where(n => IndexOf(rule, n) > i).ToList();
                if (laterRefs.Count > 0)
                    diagnostics.Add("TRI0109", b.Where.Start, $"the where of '{b.Name}' reads '{laterRefs[0]}', which is bound after it", b.Where.Text,
                        $"move '{laterRefs[0]}' above '{b.Name}' in match");
                var earlierRefs = compiled.ReferencedNames.Any(n => IndexOf(rule, n) is var j && j >= 0 && j < i);
                if (earlierRefs) filter = compiled.Expression;
                else local = compiled.Expression;
            }
            result.Add(new CompiledBinding(b.Name, i, types[i], b.Kind, local, filter, joinKeys[i]));
        }
        return result;
    }

    private static void CompileJoin(ExprSource join, RuleDefinition rule, ExpressionScope scope, List<List<JoinKey>> keys, HashSet<string> used, DiagnosticBag diagnostics)
    {
        var split = ExpressionCompiler.SplitEquality(join.Text);
        if (split is not { } ranges)
        {
            diagnostics.Add("TRI0115", join.Start, "a join must be an equality 'a.field == b.field'", join.Text,
                "put other conditions in 'where'");
            return;
        }
        var sides = new[] { ranges.Left, ranges.Right }.Select(range =>
        {
            var (offset, length) = range.GetOffsetAndLength(join.Text.Length);
            var result = ExpressionCompiler.Compile(join.Text.Substring(offset, length), scope, o => join.Locate(offset + o));
            diagnostics.AddRange(result.Diagnostics);
            used.UnionWith(result.ReferencedNames);
            var owners = result.ReferencedNames.Select(n => IndexOf(rule, n)).Where(j => j >= 0).Distinct().ToList();
            return (result.Expression, Owner: owners.Count == 1 ? owners[0] : -1);
        }).ToArray();
        if (sides.Any(s => s.Expression is null)) return;
        if (sides[0].Owner < 0 || sides[1].Owner < 0 || sides[0].Owner == sides[1].Owner)
        {
            diagnostics.Add("TRI0115", join.Start, "each side of a join must read exactly one binding, and the two sides different ones", join.Text);
            return;
        }
        var (index, probe) = sides[0].Owner > sides[1].Owner ? (sides[0], sides[1]) : (sides[1], sides[0]);
        keys[index.Owner].Add(new JoinKey(index.Expression!, probe.Expression!));
    }

    private static List<CompiledAggregate> CompileAggregates(RuleDefinition rule, ExpressionScope scope, HashSet<string> used, DiagnosticBag diagnostics)
    {
        var list = new List<CompiledAggregate>();
        foreach (var a in rule.Aggregates)
        {
            var arg = Expr(a.Argument, scope, null, used, diagnostics);
            if (a.Argument is not null && arg is null) continue;
            var argType = arg?.Type;
            ExprType? result = a.Function switch
            {
                "count" or "distinct" => ExprType.Int,
                "avg" or "percentile" => argType == ExprType.Duration ? ExprType.Duration : argType is { IsNumeric: true } ? ExprType.Double : null,
                "sum" => argType == ExprType.Duration || argType is { IsNumeric: true } ? argType : null,
                _ => argType == ExprType.Duration || argType == ExprType.String || argType is { IsNumeric: true } ? argType : null,
            };
            if (result is null)
            {
                diagnostics.Add("TRI0117", a.Location, $"{a.Function}() cannot aggregate a {argType?.Name ?? "missing"} value");
                continue;
            }
            if (scope.Bindings.ContainsKey(a.Name) || a.Name == "params")
                diagnostics.Add("TRI0108", a.Location, $"aggregate '{a.Name}' has the name of a binding");
            var slot = list.Count;
            scope.AddVariable(a.Name, result, slot);
            list.Add(new CompiledAggregate(a.Name, a.Function, arg, a.Percentile, result, slot));
        }
        return list;
    }

    /// <summary>'merged' (rows folded into the finding, 1 when alone) and 'others' (merged - 1, null when alone), after the aggregates.</summary>
    private static void AddMergeVariables(RuleDefinition rule, ExpressionScope scope, int firstSlot, DiagnosticBag diagnostics)
    {
        string[] names = ["merged", "others"];
        for (var i = 0; i < names.Length; i++)
        {
            if (scope.Bindings.ContainsKey(names[i]) || scope.Variables.ContainsKey(names[i]))
                diagnostics.Add("TRI0108", rule.Location, $"'{names[i]}' is the number of merged rows of a rule with merge_by; rename the binding or aggregate");
            scope.AddVariable(names[i], ExprType.Int, firstSlot + i);
        }
    }

    private static void CheckEvidence(RuleDefinition rule, ExpressionScope scope, DiagnosticBag diagnostics)
    {
        foreach (var e in rule.Evidence)
        {
            if (!scope.Bindings.ContainsKey(e.From))
                diagnostics.Add("TRI0110", e.Location, $"evidence comes from '{e.From}', which is not a binding", e.From,
                    DidYouMean.Suggest(e.From, scope.Bindings.Keys));
            else if (rule.Match.First(b => b.Name == e.From).Kind == BindingKind.Not)
                diagnostics.Add("TRI0110", e.Location, $"evidence cannot come from '{e.From}': a 'not' binding never holds a fact", e.From);
        }
    }

    private static (FactType?, List<(FactField, CompiledExpression)>) CompileDerive(RuleDefinition rule, FactCatalog catalog, ExpressionScope scope, HashSet<string> used, DiagnosticBag diagnostics)
    {
        var fields = new List<(FactField, CompiledExpression)>();
        if (rule.Derive is not { } derive) return (null, fields);
        if (!catalog.TryGet(derive.FactType, out var type))
        {
            diagnostics.Add("TRI0107", derive.Location, $"unknown fact type '{derive.FactType}' to derive", derive.FactType,
                DidYouMean.Suggest(derive.FactType, catalog.Types.Where(t => t.IsDerived).Select(t => t.Name)));
            return (null, fields);
        }
        if (!type.IsDerived)
            diagnostics.Add("TRI0113", derive.Location, $"'{type.Name}' comes from the bundle ({type.Source}); rules may only derive fact types whose source is 'derived'");
        foreach (var (name, value) in derive.Fields)
        {
            if (!type.Shape.Fields.TryGetValue(name, out var field))
            {
                diagnostics.Add("TRI0113", value.Start, $"'{name}' is not a field of {type.Name}", name, DidYouMean.Suggest(name, type.Shape.Fields.Keys));
                continue;
            }
            var expected = field.Type;
            var compiled = Expr(value, scope, expected == ExprType.Double ? null : expected, used, diagnostics, scope.Enumerated.Find(type.Name, name));
            if (compiled is null) continue;
            if (expected == ExprType.Double && !compiled.Type.IsNumeric)
                diagnostics.Add("TRI0113", value.Start, $"{type.Name}.{name} is a double, not a {compiled.Type.Name}", value.Text);
            fields.Add((field, compiled));
        }
        foreach (var field in type.Shape.Fields.Values)
            if (field.Required && fields.All(f => f.Item1.Name != field.Name)
                && derive.Fields.All(f => f.Field != field.Name))
                diagnostics.Add("TRI0113", derive.Location, $"derive must set '{field.Name}' of {type.Name}");
        return (type, fields);
    }

    internal static object?[] ResolveParams(RuleDefinition rule, RuleOverride? config, DiagnosticBag diagnostics)
    {
        var values = rule.Params.Select(p => (object?)p.Default).ToArray();
        if (config is null) return values;
        foreach (var (name, (text, at)) in config.Params)
        {
            var index = rule.Params.ToList().FindIndex(p => p.Name == name);
            if (index < 0)
            {
                diagnostics.Add("TRI0302", at, $"rule {rule.Id} has no param '{name}'", name, DidYouMean.Suggest(name, rule.Params.Select(p => p.Name)));
                continue;
            }
            var value = Yaml.ParamReader.TryConvert(text, rule.Params[index].Type);
            if (value is null)
                diagnostics.Add("TRI0303", at, $"'{text}' is not {Article.With(rule.Params[index].Type.Name)} (param '{name}' of {rule.Id})", text);
            else
                values[index] = value;
        }
        return values;
    }

    private static CompiledExpression? Expr(ExprSource? source, ExpressionScope scope, ExprType? expected, HashSet<string> used, DiagnosticBag diagnostics,
        FieldVocabulary? resultVocabulary = null)
    {
        if (source is null) return null;
        var result = ExpressionCompiler.Compile(source.Text, scope, source.Locate, expected, resultVocabulary);
        diagnostics.AddRange(result.Diagnostics);
        used.UnionWith(result.ReferencedNames);
        return result.Expression;
    }

    private static (CompiledExpression, bool)? OrderKey(ExprSource source, ExpressionScope scope, HashSet<string> used, DiagnosticBag diagnostics)
    {
        var descending = source.Text.TrimStart().StartsWith('-');
        var text = descending ? source.Text.TrimStart()[1..] : source.Text;
        var shift = source.Text.Length - text.Length;
        var compiled = Expr(new ExprSource(text, source.Locate(shift), source.SingleLine), scope, null, used, diagnostics);
        return compiled is null ? null : (compiled, descending);
    }

    private static int IndexOf(RuleDefinition rule, string name)
    {
        for (var i = 0; i < rule.Match.Count; i++)
            if (rule.Match[i].Name == name) return i;
        return -1;
    }
}

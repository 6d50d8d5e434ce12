using Analyzer.Rules.Expressions;
using Analyzer.Rules.Facts;
using Analyzer.Rules.Model;

namespace Analyzer.Rules.Engine;

/// <summary>
/// Runs a rule's plan: filter each binding → hash-join on equality keys → residual where → group and aggregate →
/// having. Returns the rows that become findings or derived facts.
/// </summary>
internal static class RulePlanRunner
{
    /// <summary>Guards against a rule without joins multiplying large fact sets into each other.</summary>
    private const int MaxTuples = 2_000_000;

    public static List<RuleRow> Rows(CompiledRule rule, FactSet facts)
    {
        var width = rule.Bindings.Count;
        var tuples = new List<object?[]> { new object?[width] };
        foreach (var binding in rule.Bindings)
            tuples = Extend(rule, binding, tuples, facts);
        if (rule.Where is { } where)
            tuples = tuples.Where(t => where.IsTrue(Frame(rule, t, []))).ToList();
        if (rule.OrderBy.Count > 0)
            tuples = Sort(rule, tuples);

        if (!rule.IsGrouped)
        {
            return Merge(rule, tuples
                .Where(t => rule.Having is null || rule.Having.IsTrue(Frame(rule, t, [])))
                .Select(t => new RuleRow([t], t, new object?[rule.VariableCount]))
                .ToList());
        }
        var rows = new List<RuleRow>();
        foreach (var group in Group(rule, tuples))
        {
            var representative = group.Count > 0 ? group[0] : new object?[width];
            var variables = new object?[rule.VariableCount];
            foreach (var a in rule.Aggregates)
                variables[a.Slot] = Aggregates.Compute(a, group.Select(t => a.Argument?.Evaluate(Frame(rule, t, [])) ).ToList(), group.Count);
            if (rule.Having is null || rule.Having.IsTrue(Frame(rule, representative, variables)))
                rows.Add(new RuleRow(group, representative, variables));
        }
        return Merge(rule, rows);
    }

    /// <summary>
    /// merge_by: rows with equal keys are one problem seen several times (in several captures, files or per-thread
    /// names). They become one row, told from the first (order_by decides which), that carries every row's tuples,
    /// so the finding cites all their evidence, and says in 'merged'/'others' how many rows it stands for.
    /// </summary>
    private static List<RuleRow> Merge(CompiledRule rule, List<RuleRow> rows)
    {
        if (rule.MergeBy.Count == 0)
            return rows;
        var merged = new Dictionary<JoinValue, List<RuleRow>>();
        var order = new List<JoinValue>();
        foreach (var row in rows)
        {
            var key = new JoinValue(rule.MergeBy.Select(m => m.Evaluate(Frame(rule, row.Representative, row.Variables))).ToArray());
            if (!merged.TryGetValue(key, out var list))
            {
                merged[key] = list = [];
                order.Add(key);
            }
            list.Add(row);
        }
        var result = new List<RuleRow>(order.Count);
        foreach (var key in order)
        {
            var group = merged[key];
            var first = group[0];
            var variables = (object?[])first.Variables.Clone();
            variables[rule.Aggregates.Count] = (long)group.Count;
            // Null when alone: templates print integers as text, and {{#if others}} must be false then.
            variables[rule.Aggregates.Count + 1] = group.Count > 1 ? (long)group.Count - 1 : null;
            result.Add(new RuleRow(group.SelectMany(r => r.Tuples).ToList(), first.Representative, variables));
        }
        return result;
    }

    internal static EvalFrame Frame(CompiledRule rule, object?[] tuple, object?[] variables) => new(tuple, rule.ParamValues, variables);

    private static List<object?[]> Extend(CompiledRule rule, CompiledBinding binding, List<object?[]> tuples, FactSet facts)
    {
        var candidates = facts.Of(binding.Type.Name).Where(f => binding.LocalFilter is null || binding.LocalFilter.IsTrue(Single(rule, binding, f))).ToList();
        Dictionary<JoinValue, List<IFact>>? index = null;
        if (binding.JoinKeys.Count > 0)
        {
            index = [];
            foreach (var fact in candidates)
            {
                var key = new JoinValue(binding.JoinKeys.Select(k => k.Index.Evaluate(Single(rule, binding, fact))).ToArray());
                if (!index.TryGetValue(key, out var list)) index[key] = list = [];
                list.Add(fact);
            }
        }
        var result = new List<object?[]>();
        foreach (var tuple in tuples)
        {
            IEnumerable<IFact> matches = candidates;
            if (index is not null)
            {
                var probe = new JoinValue(binding.JoinKeys.Select(k => k.Probe.Evaluate(Frame(rule, tuple, []))).ToArray());
                matches = index.TryGetValue(probe, out var hit) ? hit : [];
            }
            if (binding.Filter is { } filter)
                matches = matches.Where(f => filter.IsTrue(Frame(rule, With(tuple, binding.Slot, f), [])));
            var any = false;
            foreach (var fact in matches)
            {
                any = true;
                if (binding.Kind == BindingKind.Not) break;
                result.Add(With(tuple, binding.Slot, fact));
                if (result.Count > MaxTuples)
                    throw new InvalidOperationException($"more than {MaxTuples:N0} combinations at binding '{binding.Name}'; join the bindings on a key");
            }
            if (!any && binding.Kind != BindingKind.Required)
                result.Add(tuple); // optional: the slot stays null; not: absence is what we wanted
        }
        return result;
    }

    private static IEnumerable<List<object?[]>> Group(CompiledRule rule, List<object?[]> tuples)
    {
        if (rule.GroupBy.Count == 0)
            return [tuples]; // aggregates without group_by: one group over all rows, even none (count() == 0)
        var groups = new Dictionary<JoinValue, List<object?[]>>();
        var order = new List<JoinValue>();
        foreach (var t in tuples)
        {
            var key = new JoinValue(rule.GroupBy.Select(g => g.Evaluate(Frame(rule, t, []))).ToArray());
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
                order.Add(key);
            }
            list.Add(t);
        }
        return order.Select(k => groups[k]);
    }

    /// <summary>Stable sort on the order_by keys; nulls sort first ascending, last descending.</summary>
    private static List<object?[]> Sort(CompiledRule rule, List<object?[]> tuples)
    {
        var keyed = tuples.Select(t => (Tuple: t, Keys: rule.OrderBy.Select(o => o.Key.Evaluate(Frame(rule, t, []))).ToArray())).ToList();
        var comparer = Comparer<object?>.Create((a, b) => (a, b) switch
        {
            (null, null) => 0,
            (null, _) => -1,
            (_, null) => 1,
            _ => Comparer<object>.Default.Compare(a, b),
        });
        IOrderedEnumerable<(object?[] Tuple, object?[] Keys)>? ordered = null;
        for (var i = 0; i < rule.OrderBy.Count; i++)
        {
            var index = i;
            var descending = rule.OrderBy[i].Descending;
            ordered = ordered is null
                ? descending ? keyed.OrderByDescending(k => k.Keys[index], comparer) : keyed.OrderBy(k => k.Keys[index], comparer)
                : descending ? ordered.ThenByDescending(k => k.Keys[index], comparer) : ordered.ThenBy(k => k.Keys[index], comparer);
        }
        return ordered!.Select(k => k.Tuple).ToList();
    }

    private static EvalFrame Single(CompiledRule rule, CompiledBinding binding, IFact fact)
    {
        var tuple = new object?[rule.Bindings.Count];
        tuple[binding.Slot] = fact;
        return Frame(rule, tuple, []);
    }

    private static object?[] With(object?[] tuple, int slot, IFact fact)
    {
        var copy = (object?[])tuple.Clone();
        copy[slot] = fact;
        return copy;
    }
}

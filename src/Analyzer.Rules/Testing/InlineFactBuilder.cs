using System.Globalization;
using Analyzer.Rules.Diagnostics;
using Analyzer.Rules.Expressions;
using Analyzer.Rules.Facts;
using Analyzer.Rules.Model;

namespace Analyzer.Rules.Testing;

/// <summary>
/// Builds a fact from an inline test fact (<c>- GoroutineGroup: { state: semacquire, count: 40, maxWait: 7m }</c>),
/// checking every field name and value against the catalog. <c>at: "path:line"</c> sets its provenance.
/// </summary>
internal static class InlineFactBuilder
{
    public static IFact? Build(InlineFact inline, FactCatalog catalog, DiagnosticBag diagnostics)
    {
        if (!catalog.TryGet(inline.Type, out var type))
        {
            diagnostics.Add("TRI0107", inline.Location, $"unknown fact type '{inline.Type}'", inline.Type,
                DidYouMean.Suggest(inline.Type, catalog.Types.Select(t => t.Name)));
            return null;
        }
        var provenance = new Provenance(inline.Location.File, inline.Location.Line);
        if (inline.Fields.TryGetValue("at", out var at) && at is string atText)
        {
            var colon = atText.LastIndexOf(':');
            provenance = colon > 0 && int.TryParse(atText[(colon + 1)..], out var line)
                ? new Provenance(atText[..colon], line, line, atText)
                : new Provenance(atText);
        }
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, raw) in inline.Fields)
        {
            if (name == "at") continue;
            if (!type.Shape.Fields.TryGetValue(name, out var field))
            {
                diagnostics.Add("TRI0203", inline.Location, $"'{name}' is not a field of {type.Name}", name, DidYouMean.Suggest(name, type.Shape.Fields.Keys));
                continue;
            }
            try
            {
                values[name] = Convert(raw, field.Type);
            }
            catch (FormatException e)
            {
                diagnostics.Add("TRI0204", inline.Location, $"{type.Name}.{name}: {e.Message}", raw as string);
            }
        }
        object fact;
        try
        {
            fact = Create(type.Shape, values);
        }
        catch (FormatException e)
        {
            // A value the field cannot hold (a count past a 32-bit int, a field without a setter).
            diagnostics.Add("TRI0204", inline.Location, $"{type.Name}: {e.Message}");
            return null;
        }
        var withProvenance = type.Shape.WithProvenance ?? throw new InvalidOperationException($"{type.Name} has no provenance");
        return (IFact)withProvenance(fact, provenance);
    }

    /// <summary>Through the generated factory and with-setters (FactCatalog), so rule tests run the same under Native AOT.</summary>
    private static object Create(RecordShape shape, Dictionary<string, object?> values)
    {
        var instance = shape.Create();
        foreach (var (name, value) in values)
        {
            var field = shape.Fields[name];
            var with = field.With ?? throw new FormatException($"'{name}' cannot be set");
            if (field.IsInt32 && value is long wide && wide is < int.MinValue or > int.MaxValue)
                throw new FormatException($"{name}: {wide} is outside a 32-bit int");
            instance = with(instance, field.IsInt32 && value is long l ? (int)l : value);
        }
        foreach (var field in shape.Fields.Values)
            if (field.Type == ExprType.String && !field.Nullable && field.With is { } with && field.Read(instance) is null)
                instance = with(instance, ""); // unset non-nullable text reads as empty, as it would from a parser
        return instance;
    }

    private static object? Convert(object? raw, ExprType type)
    {
        if (raw is null) return null;
        if (type is ExprType.List list)
        {
            if (raw is not List<object?> items) throw new FormatException("expected a list");
            // A list of object: the field's generated setter makes the typed list.
            return items.Select(item => Convert(item, list.Element)).ToList();
        }
        if (type is ExprType.Record record)
        {
            if (raw is not Dictionary<string, object?> map) throw new FormatException($"expected a mapping for {record.Shape.Name}");
            var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var (name, item) in map)
            {
                if (!record.Shape.Fields.TryGetValue(name, out var field))
                    throw new FormatException($"'{name}' is not a field of {record.Shape.Name}");
                fields[name] = Convert(item, field.Type);
            }
            return Create(record.Shape, fields);
        }
        var text = raw as string ?? throw new FormatException("expected a single value");
        if (type == ExprType.String) return text;
        var value = Yaml.ParamReader.TryConvert(text, type);
        return value ?? throw new FormatException($"'{text}' is not {Diagnostics.Article.With(type.Name)}");
    }
}

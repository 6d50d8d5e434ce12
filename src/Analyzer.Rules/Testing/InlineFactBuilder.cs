using System.Globalization;
using System.Reflection;
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
                diagnostics.Add("TRI0204", inline.Location, $"{type.Name}.{name}: {e.Message}", raw?.ToString());
            }
        }
        var fact = (IFact)Create(type.Shape, values);
        type.ClrType.GetProperty(nameof(IFact.Provenance))!.SetValue(fact, provenance);
        return fact;
    }

    private static object Create(RecordShape shape, Dictionary<string, object?> values)
    {
        var ctor = shape.ClrType.GetConstructors().OrderBy(c => c.GetParameters().Length).First();
        var args = ctor.GetParameters().Select(p =>
        {
            var name = FactCatalog.CamelCase(p.Name!);
            if (values.Remove(name, out var v)) return FitTo(p.ParameterType, v);
            return p.ParameterType == typeof(string) ? "" : p.ParameterType.IsValueType ? Activator.CreateInstance(p.ParameterType) : null;
        }).ToArray();
        var instance = ctor.Invoke(args);
        foreach (var (name, value) in values)
            shape.Fields[name].Property.SetValue(instance, FitTo(shape.Fields[name].Property.PropertyType, value));
        foreach (var prop in shape.ClrType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            if (prop.PropertyType == typeof(string) && prop.CanWrite && prop.GetValue(instance) is null
                && shape.Fields.TryGetValue(FactCatalog.CamelCase(prop.Name), out var f) && !f.Nullable)
                prop.SetValue(instance, ""); // unset non-nullable text reads as empty, as it would from a parser
        return instance;
    }

    /// <summary>The language has one integer type (long); a fact record may declare an int field.</summary>
    private static object? FitTo(Type target, object? value) =>
        value is long l && (Nullable.GetUnderlyingType(target) ?? target) == typeof(int) ? checked((int)l) : value;

    private static object? Convert(object? raw, ExprType type)
    {
        if (raw is null) return null;
        if (type is ExprType.List list)
        {
            if (raw is not List<object?> items) throw new FormatException("expected a list");
            var elementClr = list.Element.ClrType;
            var typed = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(elementClr))!;
            foreach (var item in items) typed.Add(Convert(item, list.Element));
            return typed;
        }
        if (type is ExprType.Record record)
        {
            if (raw is not Dictionary<string, object?> map) throw new FormatException($"expected a mapping for {record.Shape.Name}");
            return Create(record.Shape, map.ToDictionary(kv => kv.Key, kv => Convert(kv.Value, record.Shape.Fields[kv.Key].Type)));
        }
        var text = raw as string ?? throw new FormatException("expected a single value");
        if (type == ExprType.String) return text;
        var value = Yaml.ParamReader.TryConvert(text, type);
        return value ?? throw new FormatException($"'{text}' is not {Diagnostics.Article.With(type.Name)}");
    }
}

using System.Globalization;
using Analyzer.Rules.Facts;
using Analyzer.Rules.Model;

namespace Analyzer.Rules.Templates;

/// <summary>
/// Turns bound facts and aggregate values into what templates print: durations as "7m", doubles with at most two
/// decimals, lists as comma-separated text, records as field dictionaries. A missing optional binding is null,
/// so <c>{{#if h}}</c> works.
/// </summary>
internal static class TemplateValues
{
    public static object? Of(object? value, FactCatalog catalog, int depth = 0) => value switch
    {
        null => null,
        string s => s,
        bool b => b,
        long or int => Convert.ToString(value, CultureInfo.InvariantCulture),
        double d => d.ToString(Math.Abs(d) >= 100 ? "0" : "0.##", CultureInfo.InvariantCulture),
        // A zero duration is "not printed / under the resolution": null, so {{#if w.maxWait}} can leave it out.
        TimeSpan t => t == TimeSpan.Zero ? null : DurationText.Humanize(t),
        System.Collections.IEnumerable list when depth < 2 => string.Join(", ", list.Cast<object?>().Take(10).Select(v => Of(v, catalog, depth + 1))),
        _ when depth < 2 && catalog.ShapeOf(value.GetType()) is { } shape => Record(value, shape, catalog, depth),
        _ => value.ToString(),
    };

    /// <summary>A fact or nested record as its fields (the catalog's generated getters), plus its provenance.</summary>
    private static Dictionary<string, object?> Record(object value, RecordShape shape, FactCatalog catalog, int depth)
    {
        var dict = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (value is IFact fact)
            dict["provenance"] = fact.Provenance.ToString();
        foreach (var field in shape.Fields.Values)
            dict[field.Name] = Of(field.Read(value), catalog, depth + 1);
        return dict;
    }
}

using System.Text.Json.Nodes;
using Json.Schema;

namespace Analyzer.Tests.Support;

/// <summary>Validates JSON text against a JSON Schema file and lists every violation with where it is.</summary>
internal static class SchemaCheck
{
    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    public static JsonSchema Load(string path, bool draft4 = false)
    {
        var text = File.ReadAllText(path);
        if (draft4)
        {
            // The official SARIF schema declares draft-04, which the validator does not implement; the only draft-04
            // spelling it uses is the top-level "id" (no boolean exclusiveMinimum/Maximum), so read as draft-07 it
            // means the same.
            var node = JsonNode.Parse(text)!.AsObject();
            node["$schema"] = "http://json-schema.org/draft-07/schema#";
            var id = node["id"]!.GetValue<string>();
            node.Remove("id");
            node["$id"] = id;
            text = node.ToJsonString();
        }
        return JsonSchema.FromText(text);
    }

    /// <summary>The violations, one line each ("where: what"); empty when the document is valid.</summary>
    public static IReadOnlyList<string> Errors(JsonSchema schema, string json)
    {
        var result = schema.Evaluate(JsonNode.Parse(json), Options);
        if (result.IsValid) return [];
        var errors = (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}"))
            .ToList();
        return errors.Count > 0 ? errors : ["invalid, with no detail"];
    }
}

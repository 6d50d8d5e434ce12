using System.Text;
using System.Text.Json;
using Analyzer.Reporting;
using Analyzer.Tests.Support;
using Analyzer.Vocabulary;
using Json.Schema;

namespace Analyzer.Tests.Reports;

/// <summary>The JSON report keeps the contract docs/report.schema.json writes down, on every fixture.</summary>
public sealed class JsonReportSchemaTests
{
    private static string SchemaPath => Path.Combine(RepoPaths.Root, "docs", "report.schema.json");

    internal static readonly Lazy<JsonSchema> Schema = new(() => SchemaCheck.Load(SchemaPath));

    public static TheoryData<string> Fixtures() => FixtureReports.Names();

    private static string Json(ReportModel report)
    {
        using var buffer = new MemoryStream();
        JsonReportWriter.Write(report, buffer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Json_report_validates_against_the_documented_schema(string fixture)
    {
        var errors = SchemaCheck.Errors(Schema.Value, Json(FixtureReports.Of(fixture)));
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20)));
    }

    [Fact]
    public void The_schema_rejects_what_the_contract_does_not_allow()
    {
        var json = Json(FixtureReports.Of("go-lock-hang"));
        Assert.Empty(SchemaCheck.Errors(Schema.Value, json));
        Assert.NotEmpty(SchemaCheck.Errors(Schema.Value, json.Replace("\"symptom\": \"go-lock-contention\"", "\"symptom\": \"lock-contention\"", StringComparison.Ordinal)));
        Assert.NotEmpty(SchemaCheck.Errors(Schema.Value, json.Replace("\"verdict\": \"userspace-lockup\"", "\"verdict\": \"stuck\"", StringComparison.Ordinal)));
        Assert.NotEmpty(SchemaCheck.Errors(Schema.Value, json.Replace("\"line\": ", "\"line\": -", StringComparison.Ordinal)));
        Assert.NotEmpty(SchemaCheck.Errors(Schema.Value, json.Replace("\"schemaVersion\": 1,", "\"schemaVersion\": 1, \"extra\": true,", StringComparison.Ordinal)));
    }

    [Fact]
    public void Plain_numbers_in_tables_are_json_numbers_and_the_rest_stays_text()
    {
        using var doc = JsonDocument.Parse(Json(FixtureReports.Of("host-disk-busy")));
        var iostat = doc.RootElement.GetProperty("tables").EnumerateArray().First(t => t.GetProperty("title").GetString() == "Block devices (iostat)");
        var columns = iostat.GetProperty("columns").EnumerateArray().Select(c => c.GetString()).ToList();
        var row = iostat.GetProperty("rows")[0];
        Assert.Equal(JsonValueKind.Number, row[columns.IndexOf("Intervals")].ValueKind);
        Assert.Equal(JsonValueKind.Number, row[columns.IndexOf("%util since boot")].ValueKind);
        Assert.Equal(JsonValueKind.String, row[columns.IndexOf("Device")].ValueKind);
        Assert.Equal(JsonValueKind.String, row[columns.IndexOf("r_await ms")].ValueKind); // "1.56 / 1.65": a range, text

        // The schema holds the writer to it: a plain number written as text is rejected.
        var node = System.Text.Json.Nodes.JsonNode.Parse(Json(FixtureReports.Of("host-disk-busy")))!;
        var table = node["tables"]!.AsArray().First(t => t!["title"]!.GetValue<string>() == "Block devices (iostat)")!;
        var intervals = columns.IndexOf("Intervals");
        table["rows"]![0]![intervals] = row[intervals].GetRawText();
        var quoted = node.ToJsonString();
        Assert.NotEmpty(SchemaCheck.Errors(Schema.Value, quoted));
    }

    [Theory]
    [InlineData("0", true)]
    [InlineData("7", true)]
    [InlineData("-3", true)]
    [InlineData("9.57", true)]
    [InlineData("1201367", true)]
    [InlineData("007", false)]
    [InlineData("1.", false)]
    [InlineData(".5", false)]
    [InlineData("1e3", false)]
    [InlineData("12%", false)]
    [InlineData("100 / 100", false)]
    [InlineData("", false)]
    [InlineData("-", false)]
    public void A_cell_is_a_number_only_when_it_is_a_plain_decimal(string cell, bool number) =>
        Assert.Equal(number, Analyzer.Reporting.JsonCell.IsPlainNumber(cell));

    /// <summary>A symptom or verdict added in code and not in the schema (or the reverse) would break readers that validate.</summary>
    [Fact]
    public void The_schema_names_exactly_the_symptoms_and_verdicts_of_the_code()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(SchemaPath));
        var defs = doc.RootElement.GetProperty("$defs");
        string[] Enum(string name) => defs.GetProperty(name).GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(Symptoms.All.Order(StringComparer.Ordinal), Enum("symptom"));
        Assert.Equal(Verdicts.All.Order(StringComparer.Ordinal), Enum("verdict"));
    }

    /// <summary>The contract document lists every symptom and verdict too, so no reader needs a file outside the repository.</summary>
    [Fact]
    public void The_contract_document_lists_every_symptom_and_verdict()
    {
        // The verdicts are tabled in the contract, the symptoms on the vocabulary page it points to.
        var contract = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "report-contract.md"))
            + File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "symptoms.md"));
        foreach (var name in Symptoms.All.Concat(Verdicts.All))
            Assert.Contains($"`{name}`", contract, StringComparison.Ordinal);
    }
}

using Analyzer.Inventory;
using Analyzer.Tests.Parsers.PprofProto;

namespace Analyzer.Tests.BadInput;

/// <summary>
/// Counts and sample values are 64-bit fields of the input: sums past long.MaxValue used to throw (LINQ's checked Sum)
/// or wrap to long.MinValue (then Math.Abs threw, and JSON printed -100% shares). They now stop at the limit and the
/// input says its totals are capped.
/// </summary>
public sealed class ValueOverflowTests : IDisposable
{
    private const long Max = long.MaxValue;
    private readonly string _dir = Directory.CreateTempSubdirectory("triage-overflow-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Goroutine_counts_summing_past_64_bits_do_not_crash_the_groups_table()
    {
        // The go-goroutine-leak fixture's debug=1 profile with its record counts raised to long.MaxValue.
        var text = File.ReadAllText(Path.Combine(Support.RepoPaths.Fixtures, "go-goroutine-leak", "goroutine-debug1.txt"))
            .Replace("goroutine profile: total 3003", $"goroutine profile: total {Max}", StringComparison.Ordinal)
            .Replace("\n1 @ ", $"\n{Max} @ ", StringComparison.Ordinal)
            .Replace("\n3000 @ ", $"\n{Max} @ ", StringComparison.Ordinal);
        var path = Write("goroutine-debug1.txt", text);

        var run = FullRun.Of(path);

        var table = Assert.Single(run.Report.Tables, t => t.Title.Contains("oroutine", StringComparison.Ordinal));
        Assert.StartsWith($"{Max} goroutines in ", table.Description, StringComparison.Ordinal);
        Assert.Contains(Max.ToString(System.Globalization.CultureInfo.InvariantCulture), run.Markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("main;a;b 9223372036854775807\nmain;a;c 1\nmain;d 5\n")]
    [InlineData("main;a;b 9223372036854775807\nmain;a;c 9223372036854775807\n")]
    [InlineData("main;a;b 9223372036854775807\nmain;a;b 2.5\n")]
    public void Folded_values_past_64_bits_saturate_and_say_so(string folded)
    {
        var run = FullRun.Of(Write("profile.folded", folded));

        var input = run.Input("profile.folded");
        Assert.Equal(InputStatus.Partial, input.Status);
        Assert.Contains(input.Problems, p => p.Contains("sum past 9223372036854775807", StringComparison.Ordinal));
        AssertSharesBounded(run.Json);
        Assert.Contains("class=\"flame\"", run.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Max, 1L)]
    [InlineData(long.MinValue, -1L)]
    [InlineData(Max, Max)]
    public void Pprof_values_past_64_bits_saturate_and_say_so(long first, long second)
    {
        var profile = new ProfileBuilder()
            .SampleType("samples", "count").SampleType("alloc_space", "bytes")
            .Location("main.work").Location("main.other").Location("main.main")
            .Sample([1, 3], 1, first)
            .Sample([2, 3], 1, second)
            .Build();
        var path = Path.Combine(_dir, "heap.pb.gz");
        File.WriteAllBytes(path, ProfileBuilder.Gzip(profile));

        var run = FullRun.Of(path);

        var input = run.Input("heap.pb"); // a single .gz is read as what it holds
        Assert.Equal(InputStatus.Partial, input.Status);
        Assert.Contains(input.Problems, p => p.Contains("sum past 9223372036854775807", StringComparison.Ordinal));
        AssertSharesBounded(run.Json);
        Assert.Contains("main.work", run.Markdown, StringComparison.Ordinal);
    }

    /// <summary>A wrapped total made shares of -100% and more; a saturated one keeps every share within ±100%.</summary>
    private static void AssertSharesBounded(string json)
    {
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var shares = new List<double>();
        Collect(doc.RootElement, shares);
        Assert.All(shares, s => Assert.InRange(s, -100.0001, 100.0001));

        static void Collect(System.Text.Json.JsonElement e, List<double> into)
        {
            if (e.ValueKind == System.Text.Json.JsonValueKind.Object)
                foreach (var p in e.EnumerateObject())
                {
                    if (p.Name.EndsWith("ercent", StringComparison.Ordinal) && p.Value.ValueKind == System.Text.Json.JsonValueKind.Number)
                        into.Add(p.Value.GetDouble());
                    Collect(p.Value, into);
                }
            else if (e.ValueKind == System.Text.Json.JsonValueKind.Array)
                foreach (var item in e.EnumerateArray())
                    Collect(item, into);
        }
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }
}

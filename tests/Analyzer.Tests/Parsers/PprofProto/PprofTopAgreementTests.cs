using Analyzer.Families.Go.Facts;
using Analyzer.Families.Go.Parsers.PprofProto;
using Analyzer.Pipeline;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.Parsers.PprofProto;

/// <summary>
/// Every fixture profile with a saved `go tool pprof -top` beside it (`STEM.top.txt` for the default sample type,
/// `STEM.INDEX.top.txt` for `-sample_index=INDEX`): each printed row's flat, flat%, cum and cum% must be what our
/// aggregation prints at pprof's precision, in pprof's order, and the GoProfileFunction facts must carry them.
/// </summary>
public sealed class PprofTopAgreementTests
{
    public static TheoryData<string> TopFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Fixtures, "*.top.txt", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}gen{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(RepoPaths.Fixtures, file));
        return data;
    }

    [Fact]
    public void Every_fixture_profile_has_a_saved_top()
    {
        var profiles = Directory.EnumerateFiles(RepoPaths.Fixtures, "*.pb.gz", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(profiles);
        foreach (var profile in profiles)
            Assert.True(File.Exists(profile[..^".pb.gz".Length] + ".top.txt")
                        || Directory.EnumerateFiles(Path.GetDirectoryName(profile)!, Path.GetFileName(profile)[..^".pb.gz".Length] + ".*.top.txt").Any(),
                $"{profile} has no saved pprof -top");
    }

    [Theory]
    [MemberData(nameof(TopFiles))]
    public void Flat_and_cum_agree_with_go_tool_pprof_top(string topFile)
    {
        var top = PprofTopOutput.Parse(File.ReadAllText(Path.Combine(RepoPaths.Fixtures, topFile)));
        Assert.NotEmpty(top.Rows);
        var profilePath = ProfileOf(topFile);
        var (bytes, problem) = ProfileBytes.Load(File.OpenRead(Path.Combine(RepoPaths.Fixtures, profilePath)));
        Assert.Null(problem);
        var header = ProfileHeaderDecoder.Decode(bytes.Span);
        Assert.Null(header.Error);
        var nodes = new FunctionNodes(header);
        var totals = new SampleAggregator(nodes, header.SampleTypes.Count);
        totals.AddAll(bytes.Span[..header.ValidLength]);

        var index = header.SampleTypes.FindIndex(t => header.String(t.Type) == top.Type);
        Assert.True(index >= 0, $"sample type {top.Type} not in {profilePath}");
        var total = totals.Totals[index];
        Assert.True(top.Total.Matches(total), $"total: pprof {top.Total.Text}, ours {total}");

        var byName = Enumerable.Range(0, nodes.Count).ToDictionary(n => nodes.Names[n]);
        foreach (var row in top.Rows)
        {
            Assert.True(byName.TryGetValue(row.Function, out var node), $"{row.Function} not among our nodes");
            long flat = totals.FlatOf(node, index), cum = totals.CumOf(node, index);
            Assert.True(row.Flat.Matches(flat), $"{row.Function} flat: pprof {row.Flat.Text}, ours {flat}");
            Assert.True(row.Cum.Matches(cum), $"{row.Function} cum: pprof {row.Cum.Text}, ours {cum}");
            Assert.Equal(row.FlatPercent, Math.Round(100.0 * flat / total, 2));
            Assert.Equal(row.CumPercent, Math.Round(100.0 * cum / total, 2));
            Assert.Equal(row.Inline, nodes.IsInlined(node) ? "inline" : nodes.IsPartlyInlined(node) ? "partial-inline" : "");
        }

        // pprof's order: our flat order restricted to the printed rows.
        var ours = TopFunctions.Select(totals, nodes, index, perOrder: int.MaxValue).Select(n => nodes.Names[n]).ToList();
        var printed = top.Rows.Select(r => r.Function).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(top.Rows.Select(r => r.Function), ours.Where(printed.Contains));

        if (index == header.DefaultSampleIndex())
        {
            var kept = TopFunctions.Select(totals, nodes, index).Select(n => nodes.Names[n]).ToHashSet(StringComparer.Ordinal);
            AssertFactsCarryTheTopRows(profilePath, top.Rows.Where(r => kept.Contains(r.Function)).ToList());
            // The heaviest rows are always kept.
            Assert.All(top.Rows.Take(10), r => Assert.Contains(r.Function, kept));
        }
    }

    /// <summary>Through the whole pipeline: the facts rules read hold the printed rows we keep (top 50 by flat and by cum).</summary>
    private static void AssertFactsCarryTheTopRows(string profilePath, IReadOnlyList<PprofTopRow> rows)
    {
        var bundle = BundleFactReader.Read(Path.Combine(RepoPaths.Fixtures, Path.GetDirectoryName(profilePath)!));
        var factPath = Path.GetFileName(profilePath)[..^".gz".Length];
        var facts = bundle.Facts.Of<GoProfileFunction>().Where(f => f.Path == factPath).ToDictionary(f => f.Function);
        foreach (var row in rows)
        {
            Assert.True(facts.TryGetValue(row.Function, out var fact), $"no GoProfileFunction for {row.Function} in {factPath}");
            Assert.True(row.Flat.Matches(fact.Flat) && row.Cum.Matches(fact.Cum), $"{row.Function}: fact {fact.Flat}/{fact.Cum}, pprof {row.Flat.Text}/{row.Cum.Text}");
            Assert.Equal(row.FlatPercent, Math.Round(fact.FlatPercent, 2));
            Assert.Equal(row.CumPercent, Math.Round(fact.CumPercent, 2));
        }
    }

    /// <summary>`dir/heap.inuse_space.top.txt` → `dir/heap.pb.gz`; `dir/cpu.top.txt` → `dir/cpu.pb.gz`.</summary>
    private static string ProfileOf(string topFile)
    {
        var dir = Path.GetDirectoryName(topFile)!;
        var stem = Path.GetFileName(topFile)[..^".top.txt".Length];
        var dot = stem.IndexOf('.', StringComparison.Ordinal);
        return Path.Combine(dir, (dot < 0 ? stem : stem[..dot]) + ".pb.gz");
    }
}

using Analyzer.Parsing;
using Analyzer.Reporting;
using Analyzer.Reporting.Sections;
using System.Globalization;
using Analyzer.Families.Go.Facts;
using Analyzer.Rules.Facts;

namespace Analyzer.Families.Go.Sections;

/// <summary>
/// One table per profile, like `go tool pprof -top`: flat, flat%, sum%, cum, cum% and the function, heaviest flat
/// first. The description is pprof's header (type, duration, total, CPU use); the footnote names the heaviest stack
/// with its frames as code spans (the footnote is Markdown, and function names hold `*`, `&lt;` and `&amp;`).
/// </summary>
internal sealed class ProfileTopSection : IReportSection
{
    private const int MaxRows = 15;
    private const int StackFramesShown = 5;

    public ReportTable? Build(FactSet facts) => BuildAll(facts).FirstOrDefault();

    public IEnumerable<ReportTable> BuildAll(FactSet facts)
    {
        var functions = facts.Of<GoProfileFunction>().ToLookup(f => f.Path);
        var stacks = facts.Of<ProfileStack>().Where(s => s.Rank == 1).ToDictionary(s => s.Path);
        foreach (var profile in facts.Of<GoProfile>().OrderBy(p => p.Path, StringComparer.Ordinal))
        {
            var rows = functions[profile.Path]
                .OrderByDescending(f => Saturating.Abs(f.Flat))
                .ThenBy(f => f.Function, StringComparer.Ordinal)
                .ThenByDescending(f => Saturating.Abs(f.Cum))
                .ToList();
            if (rows.Count == 0)
                continue;
            yield return Table(profile, rows, stacks.GetValueOrDefault(profile.Path));
        }
    }

    private static ReportTable Table(GoProfile profile, List<GoProfileFunction> functions, ProfileStack? heaviest)
    {
        var format = ProfileValueText.For(profile.DefaultSampleType, profile.Total);
        var sum = 0.0;
        var rows = new List<IReadOnlyList<string>>();
        foreach (var f in functions.Take(MaxRows))
        {
            sum += f.FlatPercent;
            rows.Add(
            [
                format(f.Flat),
                ProfileValueText.Percent(f.FlatPercent),
                ProfileValueText.Percent(Math.Min(sum, 100)),
                format(f.Cum),
                ProfileValueText.Percent(f.CumPercent),
                f.Function + (f.Inlined ? " (inline)" : ""),
            ]);
        }
        var shown = functions.Count > MaxRows ? $"Top {MaxRows} of the {functions.Count} heaviest functions by flat." : $"All {functions.Count} functions with samples.";
        var footnote = heaviest is null
            ? shown
            : $"{shown} Heaviest stack ({ProfileValueText.Percent(heaviest.Percent)}): {StackText(heaviest.Frames)}.";
        return new ReportTable(
            $"Profile {profile.Path} ({profile.Kind}) — top functions",
            Header(profile, format),
            ["flat", "flat%", "sum%", "cum", "cum%", "function"],
            rows,
            footnote)
        {
            Figure = new FlameGraphFigure(profile.Path),
        };
    }

    /// <summary>pprof's header line: type, duration and total (and the CPU share of the wall time for CPU profiles).</summary>
    private static string Header(GoProfile profile, Func<long, string> format)
    {
        var type = profile.DefaultSampleType;
        var source = profile.Format == "pprof" ? "" : $" from {profile.Format}";
        var total = $"total {format(profile.Total)}";
        if (profile.Duration > TimeSpan.Zero && type.EndsWith("/nanoseconds", StringComparison.Ordinal))
        {
            var share = profile.Total / 1e9 / profile.Duration.TotalSeconds * 100;
            return $"Type {type}{source}, duration {Seconds(profile.Duration)}, {total} ({share.ToString("0.##", CultureInfo.InvariantCulture)}% of one core).";
        }
        var duration = profile.Duration > TimeSpan.Zero ? $", duration {Seconds(profile.Duration)}" : "";
        return $"Type {type}{source}{duration}, {total}.";
    }

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.##", CultureInfo.InvariantCulture) + "s";

    private static string StackText(IReadOnlyList<string> frames) =>
        frames.Count <= StackFramesShown
            ? string.Join(" → ", frames.Select(MarkdownText.Code))
            : "… → " + string.Join(" → ", frames.Skip(frames.Count - StackFramesShown).Select(MarkdownText.Code));
}

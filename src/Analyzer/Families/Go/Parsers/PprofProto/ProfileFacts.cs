using Analyzer.Families.Go.Facts;
using Analyzer.Parsing;
using Analyzer.Rules.Facts;

namespace Analyzer.Families.Go.Parsers.PprofProto;

/// <summary>Turns a decoded, aggregated profile into facts; the binary has no lines, so provenance is the path.</summary>
internal sealed class ProfileFacts(ParseContext context, ProfileHeader header, FunctionNodes nodes, SampleAggregator totals)
{
    public void Emit()
    {
        var provenance = new Provenance(context.Path);
        var sampleTypes = header.SampleTypes.Select(header.TypeName).ToList();
        var index = header.DefaultSampleIndex();
        var defaultType = sampleTypes[index];
        var total = totals.Totals[index];

        context.Emit(new GoProfile
        {
            Provenance = provenance,
            Path = context.Path,
            Kind = ProfileKind.Infer(sampleTypes, defaultType, FileName(context.Path)),
            SampleTypes = sampleTypes,
            DefaultSampleType = defaultType,
            PeriodType = header.PeriodType == default ? "" : header.TypeName(header.PeriodType),
            Period = header.Period,
            Duration = TimeSpan.FromTicks(header.DurationNanos / 100),
            TimeNanos = header.TimeNanos,
            Total = total,
            Samples = totals.Samples,
            Functions = totals.NodesSeen,
            Comments = header.Comments.Select(header.String).ToList(),
        });

        foreach (var node in TopFunctions.Select(totals, nodes, index))
        {
            var flat = totals.FlatOf(node, index);
            var cum = totals.CumOf(node, index);
            context.Emit(new GoProfileFunction
            {
                Provenance = provenance,
                Path = context.Path,
                Function = nodes.Names[node],
                File = nodes.Files[node],
                Flat = flat,
                FlatPercent = Percent(flat, total),
                Cum = cum,
                CumPercent = Percent(cum, total),
                Inlined = nodes.IsInlined(node),
                SampleType = defaultType,
            });
        }
    }

    private static double Percent(long value, long total) => total == 0 ? 0 : 100.0 * value / total;

    private static string FileName(string path) => path[(path.LastIndexOf('/') + 1)..];
}

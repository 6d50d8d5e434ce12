using Analyzer.Detection;
using Analyzer.Families.Go.Facts;
using Analyzer.Inventory;
using Analyzer.Parsing;
using Analyzer.Rules.Facts;
using Analyzer.Families.Go.Stacks;

namespace Analyzer.Families.Go.Parsers.PprofProto;

/// <summary>
/// Binary pprof profiles (google/pprof profile.proto, gzipped or raw): one <see cref="GoProfile"/> per entry and
/// <see cref="GoProfileFunction"/> facts for its heaviest functions, with flat/cum as `go tool pprof -top` shows, plus
/// its pruned call tree (<see cref="Families.Go.Facts.FlameTree"/>) and heaviest stacks (<see cref="Families.Go.Facts.ProfileStack"/>).
/// </summary>
public sealed class PprofProtoParser : IFormatParser
{
    public string Format => "pprof-profile";
    public string Source => GoSources.Profiles;
    public bool ScansUnclaimedText => false;

    public bool NameSuggests(EntryProbe nameOnly) => PprofNames.IsProfileName(nameOnly.FileName);

    public DetectionConfidence Detect(EntryProbe probe) => PprofDetection.Detect(probe);

    public void Parse(ParseContext context)
    {
        var (bytes, loadProblem) = ProfileBytes.Load(context.Content);
        if (loadProblem is not null)
            context.Problem(InputStatus.Partial, loadProblem);

        if (LegacyProfile.CpuPeriodMicros(bytes.Span) is { } period)
        {
            context.Problem(InputStatus.Unrecognized,
                $"legacy binary CPU profile (the pre-profile.proto pprof format of Go before 1.9 and gperftools, sampled every {period} µs): "
                + $"not read; convert it with {LegacyProfile.Conversion}");
            return;
        }
        var header = ProfileHeaderDecoder.Decode(bytes.Span);
        if (header.SampleTypes.Count == 0 && loadProblem is null && bytes.Length > 0 && !PprofDetection.LooksLikeProfile(bytes.Span))
        {
            // Claimed by its name only, and not protobuf from the first byte: another format, not a damaged profile.
            context.Problem(InputStatus.Unrecognized,
                $"named like a profile but not a profile.proto ({header.Error ?? "no sample types"}); if it is a legacy pprof profile, "
                + $"convert it with {LegacyProfile.Conversion}");
            return;
        }
        if (header.SampleTypes.Count == 0)
        {
            var reason = header.Error ?? (bytes.Length == 0 ? "empty profile" : "no sample types");
            context.Problem(InputStatus.Failed, $"not a readable pprof profile: {reason}");
            return;
        }
        if (header.Error is not null)
            context.Problem(InputStatus.Partial, $"profile cut off or damaged after byte {header.ValidLength}: {header.Error}");
        if (header.Strings.Count == 0 || header.Strings[0].Length != 0)
            context.Problem(InputStatus.Partial, "string table missing or not starting with \"\"; names may be blank");

        var nodes = new FunctionNodes(header);
        var totals = new SampleAggregator(nodes, header.SampleTypes.Count);
        totals.AddAll(bytes.Span[..header.ValidLength]);
        ReportReferenceProblems(context, nodes, totals);

        new ProfileFacts(context, header, nodes, totals).Emit();
        var validPrefix = bytes.Span[..header.ValidLength];
        var sampleTypes = header.SampleTypes.Select(header.TypeName).ToList();
        var index = header.DefaultSampleIndex();
        var kind = ProfileKind.Infer(sampleTypes, sampleTypes[index], context.Path[(context.Path.LastIndexOf('/') + 1)..]);
        EmitStackTree(context, nodes, validPrefix, kind, index, sampleTypes[index]);
        if (ContentionProfileSites.Applies(kind))
            ContentionProfileSites.Emit(context, header, nodes, kind, validPrefix);
    }

    /// <summary>The call tree and heaviest stacks of the default sample type, in a pass of their own.</summary>
    private static void EmitStackTree(ParseContext context, FunctionNodes nodes, ReadOnlySpan<byte> validPrefix, string kind, int index, string sampleType)
    {
        var pass = new StackTreePass(nodes, index);
        pass.AddAll(validPrefix);
        StackTreeFacts.Emit(context, pass.Tree, pass.Frames, kind, sampleType);
    }

    private static void ReportReferenceProblems(ParseContext context, FunctionNodes nodes, SampleAggregator totals)
    {
        if (totals.CorruptSamples > 0)
            context.Problem(InputStatus.Partial, $"{totals.CorruptSamples} damaged samples skipped: {totals.FirstCorruption}");
        if (totals.UnknownLocationRefs > 0)
            context.Problem(InputStatus.Partial, $"{totals.UnknownLocationRefs} stack frames name unknown locations");
        if (totals.CutStacks > 0)
            context.Problem(InputStatus.Partial, $"{totals.CutStacks} stacks expand (inlined lines included) past {StackExpansion.MaxFramesPerStack} frames: cut to their innermost {StackExpansion.MaxFramesPerStack}");
        if (totals.UnwalkedSamples > 0)
            context.Problem(InputStatus.Partial, $"stacks expand past {StackExpansion.MaxFramesTotal} frames in all: the last {totals.UnwalkedSamples} of {totals.Samples} samples are in the totals but not in the function table or flame graph");
        if (totals.Totals.Any(Saturating.AtLimit))
            context.Problem(InputStatus.Partial, StackProfileBuilder.OverflowReason);
        if (nodes.UnknownFunctionRefs > 0)
            context.Problem(InputStatus.Partial, $"{nodes.UnknownFunctionRefs} location lines name unknown functions");
    }
}

namespace Analyzer.Families.Go.Parsers.PprofProto;

/// <summary>
/// Everything of a Profile message except its samples, which are aggregated in a second pass so a large profile
/// never holds one object per sample.
/// </summary>
internal sealed class ProfileHeader
{
    public List<ValueTypeIndex> SampleTypes { get; } = [];
    public List<string> Strings { get; } = [];
    public Dictionary<ulong, DecodedLocation> Locations { get; } = [];
    public List<ulong> LineFunctionIds { get; } = [];
    public Dictionary<ulong, DecodedFunction> Functions { get; } = [];
    public List<long> Comments { get; } = [];
    public ValueTypeIndex PeriodType { get; set; }
    public long Period { get; set; }
    public long TimeNanos { get; set; }
    public long DurationNanos { get; set; }
    public long DefaultSampleType { get; set; }
    public long DropFrames { get; set; }
    public long KeepFrames { get; set; }
    public int MappingCount { get; set; }
    public int SampleCount { get; set; }

    /// <summary>Bytes of the message that decoded cleanly; samples are only read from this prefix.</summary>
    public int ValidLength { get; set; }

    /// <summary>Why decoding stopped early, when it did.</summary>
    public string? Error { get; set; }

    /// <summary>Out-of-range indices resolve to "" instead of failing: a cut-off profile may lack its string table.</summary>
    public string String(long index) => index >= 0 && index < Strings.Count ? Strings[(int)index] : "";

    public string TypeName(ValueTypeIndex valueType) => $"{String(valueType.Type)}/{String(valueType.Unit)}";

    /// <summary>pprof's rule: the sample type named by default_sample_type, else the last one.</summary>
    public int DefaultSampleIndex()
    {
        if (DefaultSampleType != 0)
        {
            var name = String(DefaultSampleType);
            for (var i = 0; i < SampleTypes.Count; i++)
                if (String(SampleTypes[i].Type) == name)
                    return i;
        }
        return SampleTypes.Count - 1;
    }
}

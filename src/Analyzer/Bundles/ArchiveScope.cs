namespace Analyzer.Bundles;

/// <summary>
/// One container being read (the bundle itself or an archive inside it): where its problems are reported, how its
/// members are named, how deep it is nested, and how far reading got.
/// </summary>
internal sealed class ArchiveScope(string problemPath, string memberPrefix, int depth, CountingStream? rawInput)
{
    /// <summary>The path problems about the container as a whole are reported on.</summary>
    public string ProblemPath => problemPath;

    /// <summary>0 for the bundle itself, 1 for an archive directly inside it, and so on.</summary>
    public int Depth => depth;

    public int MembersSeen { get; set; }

    /// <summary>Limit skips beyond the per-entry reporting budget, summed up in one problem at the end.</summary>
    public int UnreportedSkips { get; set; }

    /// <summary>Set once a Failed problem was reported for this container, so it is reported only once.</summary>
    public bool ReportedBroken { get; set; }

    /// <summary>How far into the container's raw bytes reading got; null when it is read by random access (zip).</summary>
    public long? RawBytesRead => rawInput?.BytesRead;

    public string MemberPath(string memberName) =>
        memberPrefix.Length == 0 ? memberName : $"{memberPrefix}/{memberName}";
}

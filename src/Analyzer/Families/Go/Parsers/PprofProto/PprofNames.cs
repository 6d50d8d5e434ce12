namespace Analyzer.Families.Go.Parsers.PprofProto;

/// <summary>
/// File names collectors give binary profiles: pprof's saved `pprof.&lt;bin&gt;.&lt;types&gt;.NNN.pb.gz`, raw
/// /debug/pprof/&lt;name&gt; downloads, ipfs diag and juicefs debug bundles. Without .gz because the bundle reader
/// strips it when it unpacks the member. Only consulted for binary content.
/// </summary>
internal static class PprofNames
{
    private static readonly HashSet<string> EndpointNames = new(StringComparer.Ordinal)
    {
        "profile", "heap", "allocs", "goroutine", "mutex", "block", "threadcreate", "ipfs.cpuprof", "ipfs.heap",
    };

    public static bool IsProfileName(string fileName)
    {
        var name = fileName.ToLowerInvariant();
        // ?debug=N asks the runtime for text, never profile.proto.
        if (name.Contains("debug=", StringComparison.Ordinal))
            return false;
        var query = name.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
            name = name[..query];
        if (name.EndsWith(".gz", StringComparison.Ordinal))
            name = name[..^3];
        // juicefs.trace.5s.pb.gz and kubo's trace are Go execution traces, not profile.proto.
        if (name.Contains("trace", StringComparison.Ordinal))
            return false;
        return EndpointNames.Contains(name)
            || name.EndsWith(".pb", StringComparison.Ordinal)
            || name.EndsWith(".pprof", StringComparison.Ordinal)
            || name.EndsWith(".prof", StringComparison.Ordinal);
    }
}

namespace Analyzer.Families.Go.Parsers.PprofProto;

/// <summary>
/// Which Go runtime profile this is, from its sample types (the runtime's fixed names, see formats.md §2.2). heap
/// and allocs share sample types and differ only in the default; block and mutex are identical inside, so only
/// the file name can tell them apart.
/// </summary>
internal static class ProfileKind
{
    public static string Infer(IReadOnlyList<string> sampleTypes, string defaultType, string fileName)
    {
        bool Has(string type) => sampleTypes.Any(t => t.StartsWith(type + "/", StringComparison.Ordinal));

        if (Has("cpu") && Has("samples"))
            return "cpu";
        if (Has("alloc_space") || Has("inuse_space") || Has("alloc_objects") || Has("inuse_objects"))
            return defaultType.StartsWith("alloc_", StringComparison.Ordinal) ? "allocs" : "heap";
        if (Has("contentions") || Has("delay"))
            return ContentionKind(fileName);
        if (Has("goroutine"))
            return "goroutine";
        if (Has("threadcreate"))
            return "threadcreate";
        return "unknown";
    }

    private static string ContentionKind(string fileName)
    {
        var name = fileName.ToLowerInvariant();
        // go tool pprof saves both as pprof.<binary>.contentions.delay.NNN.pb.gz: the binary's name says nothing.
        if (name.StartsWith("pprof.", StringComparison.Ordinal) && name.Contains(".contentions.delay.", StringComparison.Ordinal))
            return "contention";
        if (name.Contains("mutex", StringComparison.Ordinal))
            return "mutex";
        return name.Contains("block", StringComparison.Ordinal) ? "block" : "contention";
    }
}

namespace Analyzer.Families.Go.Facts;

/// <summary>Evidence source names of the Go family.</summary>
public static class GoSources
{
    /// <summary>Goroutine dumps: panics, fatal errors, SIGQUIT dumps, debug=2 and debug=1 goroutine profiles.</summary>
    public const string Stacks = "go-stacks";

    /// <summary>Binary pprof profiles (profile.proto, usually gzipped): cpu, heap, allocs, goroutine, mutex, block.</summary>
    public const string Profiles = "go-profiles";

    /// <summary>Runtime statistics snapshots: expvar /debug/vars memstats and the MemStats trailer of heap?debug=1.</summary>
    public const string Runtime = "go-runtime";

    /// <summary>Leveled service logs (logfmt, JSON, zap console, klog, a level word after the time).</summary>
    public const string ServiceLog = "service-log";
}

namespace Analyzer.Bundles;

/// <summary>
/// How likely a member is to hold evidence, judged by its path alone (before any byte is read). Bundles read the
/// likelier classes first where they can choose the order (directories, zips), and the entry cap never stops a
/// member of the first two classes (up to <see cref="BundleLimits.MaxEvidenceEntries"/>), so which hosts of a big
/// tree are read does not depend on archive order.
/// </summary>
public enum EntryPriority
{
    /// <summary>A name a parser knows (dmesg, goroutine dump, arcstats, *.pb.gz, …).</summary>
    Named = 0,

    /// <summary>Where a collector puts evidence (sosreport's sos_commands/, proc/, var/log/; a pprof/ folder; archives).</summary>
    Layout = 1,

    /// <summary>Anything else: read when the entry cap allows.</summary>
    Other = 2,
}

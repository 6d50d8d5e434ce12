namespace Analyzer.Vocabulary;

/// <summary>The verdict vocabulary (docs/report-contract.md § Verdicts): one triage class for the whole bundle.</summary>
public static class Verdicts
{
    public const string Inconclusive = "inconclusive";
    public const string Healthy = "healthy";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "userspace-crash", "userspace-lockup", "kernel-crash", "kernel-lockup",
        "performance-cpu", "performance-memory", "performance-disk", "performance-network",
        Healthy, Inconclusive,
    };
}

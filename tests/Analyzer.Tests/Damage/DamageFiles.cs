using Analyzer.Tests.Support;

namespace Analyzer.Tests.Damage;

/// <summary>Where the matrix's checked-in files live: in the checkout, beside this code (not in the build output).</summary>
internal static class DamageFiles
{
    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "Analyzer.Tests", "Damage");

    /// <summary>TRIAGE_DAMAGE_REWRITE=1 rewrites known-gaps.txt and matrix.md from the current results (review the diff).</summary>
    public static bool Rewrite => Environment.GetEnvironmentVariable("TRIAGE_DAMAGE_REWRITE") == "1";
}

namespace Analyzer.Families.JuiceFs.Facts;

/// <summary>Evidence source name of the JuiceFS family (client log, access log, .stats, profile, debug bundle).</summary>
public static class JuiceFsSources
{
    public const string JuiceFs = "juicefs";
}

namespace Analyzer.Families.Linux.Facts;

/// <summary>Evidence source name of sosreport metadata (sos_reports/manifest.json).</summary>
public static class SosSources
{
    public const string Manifest = "sosreport";
}

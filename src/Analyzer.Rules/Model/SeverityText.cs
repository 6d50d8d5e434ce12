namespace Analyzer.Rules.Model;

/// <summary>The lower-case spelling of severities used in rule files, configs and reports.</summary>
public static class SeverityText
{
    public static bool TryParse(string text, out Severity severity)
    {
        switch (text)
        {
            case "error": severity = Severity.Error; return true;
            case "warning": severity = Severity.Warning; return true;
            case "note": severity = Severity.Note; return true;
            default: severity = default; return false;
        }
    }

    public static string ToText(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };
}

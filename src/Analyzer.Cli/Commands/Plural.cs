using System.Globalization;

namespace Analyzer.Cli.Commands;

/// <summary>"1 finding", "2 findings": real plurals instead of "finding(s)".</summary>
internal static class Plural
{
    public static string Of(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : noun + "s");
}

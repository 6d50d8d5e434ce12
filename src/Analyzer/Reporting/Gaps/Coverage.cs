using System.Globalization;
using Analyzer.Inventory;
using Analyzer.Pipeline;

namespace Analyzer.Reporting.Gaps;

/// <summary>
/// What a <c>healthy</c> verdict was drawn from: the evidence read, per format, and what was not examined. "Nothing is
/// wrong" means something only next to what was looked at.
/// </summary>
public static class Coverage
{
    /// <summary>Formats named; the rest are counted.</summary>
    private const int NamedFormats = 6;

    public static string Sentence(IReadOnlyList<InputRecord> inputs)
    {
        var read = inputs.Where(i => EvidenceInputs.Is(i) && i.Status is InputStatus.Parsed)
            .GroupBy(i => i.Format, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        var named = string.Join(", ", read.Take(NamedFormats).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} ({g.Count():N0})")));
        var more = read.Count > NamedFormats ? $" and {read.Count - NamedFormats} more format(s)" : "";
        var sentence = $"Examined: {named}{more}.";
        var notExamined = inputs.Count(i => !EvidenceInputs.Is(i) && i.Status is InputStatus.Unrecognized);
        if (notExamined > 0)
            sentence += string.Create(CultureInfo.InvariantCulture, $" Not examined: {notExamined:N0} file(s) in no known format.");
        return sentence;
    }
}

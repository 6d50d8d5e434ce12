using Analyzer.Rules.Hashing;
using System.Text;
using Analyzer.Rules.Engine;

namespace Analyzer.Reporting;

/// <summary>
/// A finding's identity across runs, for CI tools that track alerts (SARIF <c>partialFingerprints</c>) and for
/// baselines: the rule, the symptom, the primary evidence's path and the names the message quotes in code spans (the
/// lock site, the function, the device). Numbers are folded out of all of them, and line numbers are not used at all:
/// a later capture of the same hang has other counts, waits, pids and line numbers, and is still the same problem.
/// </summary>
public static class FindingFingerprint
{
    /// <summary>The fingerprint of each finding, in order; equal ones get an occurrence suffix (":2", ":3") so each stays unique.</summary>
    public static IReadOnlyList<string> All(IReadOnlyList<Finding> findings)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<string>(findings.Count);
        foreach (var f in findings)
        {
            var hash = Of(f);
            var n = seen[hash] = seen.GetValueOrDefault(hash) + 1;
            result.Add($"{hash}:{n}");
        }
        return result;
    }

    /// <summary>The hash alone (hex, 128 bits of SHA-256), without the occurrence suffix.</summary>
    public static string Of(Finding finding)
    {
        var text = new StringBuilder();
        text.Append(finding.RuleId).Append('\n').Append(finding.Symptom).Append('\n');
        if (finding.Evidence.Count > 0)
            text.Append(WithoutNumbers(finding.Evidence[0].Path));
        foreach (var quoted in CodeSpans(finding.Message).Distinct(StringComparer.Ordinal))
            text.Append('\n').Append(WithoutNumbers(quoted));
        return Convert.ToHexStringLower(Sha256.HashData(Encoding.UTF8.GetBytes(text.ToString())).AsSpan(0, 16));
    }

    /// <summary>Every run of digits becomes one '#': <c>proc/1234/stack</c> and <c>proc/99/stack</c> agree.</summary>
    internal static string WithoutNumbers(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                sb.Append(text[i]);
                continue;
            }
            sb.Append('#');
            while (i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])) i++;
        }
        return sb.ToString();
    }

    /// <summary>The texts between pairs of backticks: the names a rule's message quotes.</summary>
    internal static IEnumerable<string> CodeSpans(string message)
    {
        var start = -1;
        for (var i = 0; i < message.Length; i++)
        {
            if (message[i] != '`') continue;
            if (start < 0)
                start = i + 1;
            else
            {
                yield return message[start..i];
                start = -1;
            }
        }
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using Analyzer.Rules.Diagnostics;
using Analyzer.Rules.Yaml;
using YamlDotNet.RepresentationModel;

namespace Analyzer.Rules.Config;

/// <summary>
/// Reads a suppressions file (<c>triage analyze --suppressions FILE</c>); every mistake is one file:line:col
/// diagnostic, as in rule and config files.
/// <code>
/// suppressions:
///   - fingerprint: 3f2a…            # a finding's fingerprint (the ":N" occurrence suffix is ignored)
///     reason: known, tracked in OPS-123
///     expires: 2027-01-31
///   - rule: GO0003                  # or a rule id …
///     path: "goroutines/*.txt"      # … and optionally a glob over the finding's primary evidence path
///     reason: the idle pool is expected here
/// </code>
/// </summary>
public static partial class SuppressionFile
{
    public static IReadOnlyList<Suppression> Load(string file, string text, DiagnosticBag diagnostics)
    {
        var r = new YamlReading(file, diagnostics);
        var result = new List<Suppression>();
        if (YamlDocuments.Load(file, text, diagnostics) is not { } stream || stream.Documents.Count == 0)
            return result;
        if (r.Mapping(stream.Documents[0].RootNode, "a suppressions file") is not { } root)
            return result;
        r.CheckKeys(root, "a suppressions file", "suppressions");
        foreach (var node in r.Sequence(r.Get(root, "suppressions"), "suppressions"))
        {
            if (r.Mapping(node, "a suppression") is not { } m) continue;
            r.CheckKeys(m, "a suppression", "fingerprint", "rule", "path", "reason", "expires");
            var fingerprint = r.String(m, "fingerprint", "a suppression");
            var rule = r.String(m, "rule", "a suppression");
            var path = r.String(m, "path", "a suppression");
            var reason = r.String(m, "reason", "a suppression", required: true);
            if ((fingerprint is null) == (rule is null))
                diagnostics.Add("TRI0401", r.At(m), "a suppression names either a 'fingerprint' or a 'rule' (with an optional 'path'), not both or neither");
            else if (fingerprint is not null && path is not null)
                diagnostics.Add("TRI0401", r.At(r.Get(m, "path")!), "'path' narrows a 'rule'; a 'fingerprint' already names one finding");
            if (fingerprint is not null && !FingerprintPattern().IsMatch(fingerprint))
                diagnostics.Add("TRI0402", r.At(r.Get(m, "fingerprint")!), $"fingerprint '{fingerprint}' is not a triage fingerprint (32 hex digits, optionally ':N')", fingerprint);
            DateOnly? expires = null;
            if (r.Scalar(m, "expires", "a suppression") is { Value: { } e } en)
            {
                if (DateOnly.TryParseExact(e, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) expires = date;
                else diagnostics.Add("TRI0403", r.At(en), $"expires '{e}' is not a date (YYYY-MM-DD)", e);
            }
            if (reason is { Length: 0 })
                diagnostics.Add("TRI0102", r.At(m), "a suppression needs a non-empty 'reason'");
            if (reason is { Length: > 0 } && (fingerprint is null) != (rule is null))
                result.Add(new Suppression(fingerprint?.Split(':')[0].ToLowerInvariant(), rule, path, reason, expires, r.At(m)));
        }
        return result;
    }

    [GeneratedRegex("^[0-9a-fA-F]{32}(:[0-9]+)?$")]
    private static partial Regex FingerprintPattern();
}

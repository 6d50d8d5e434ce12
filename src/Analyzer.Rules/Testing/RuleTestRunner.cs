using System.Collections.Concurrent;
using Analyzer.Rules.Config;
using Analyzer.Rules.Diagnostics;
using Analyzer.Rules.Engine;
using Analyzer.Rules.Facts;
using Analyzer.Rules.Model;

namespace Analyzer.Rules.Testing;

/// <summary>
/// Runs the tests embedded in rules (<c>triage rules test</c>). Each test evaluates the whole rule set — so derived
/// facts and findings that the rule under test reads exist — over a bundle (loaded by the host, which owns the
/// parsers) or inline facts, and checks what the rule under test produced. Tests are independent (each evaluates
/// its own fresh facts against the shared, read-only compiled set), so they run on every core; results come back in
/// the rules' order whatever finishes first, and each bundle is read once however many tests share it.
/// </summary>
public sealed class RuleTestRunner(FactCatalog catalog, Func<string, FactSet> loadBundle, string bundleRoot, EnumeratedFields? enumerated = null)
{
    private readonly ConcurrentDictionary<string, Lazy<FactSet>> _bundles = new(StringComparer.Ordinal);

    public IReadOnlyList<RuleTestResult> Run(IReadOnlyList<RuleDefinition> definitions, RuleConfig config)
    {
        var baseDiagnostics = new DiagnosticBag();
        var baseSet = RuleSet.Compile(definitions, catalog, config, baseDiagnostics, enumerated);
        var cases = definitions.SelectMany(rule => rule.Tests.Select(test => (Rule: rule, Test: test))).ToList();
        var results = new RuleTestResult[cases.Count];
        Parallel.For(0, cases.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            i => results[i] = RunOne(cases[i].Rule, cases[i].Test, definitions, config, baseSet, baseDiagnostics));
        return results;
    }

    private RuleTestResult RunOne(RuleDefinition rule, RuleTestCase test, IReadOnlyList<RuleDefinition> definitions, RuleConfig config, RuleSet? baseSet, DiagnosticBag baseDiagnostics)
    {
        var failures = new List<string>();
        var diagnostics = new DiagnosticBag();
        // A test's params change values, not plans: the base set is reused under them instead of compiled again.
        var rules = test.Params.Count == 0 ? baseSet : baseSet?.WithConfig(WithParams(config, rule, test), diagnostics);
        if (rules is null)
        {
            failures.AddRange((baseSet is null ? baseDiagnostics : diagnostics).Items.Select(d => d.ToString()));
            return new RuleTestResult(rule.Id, test.Name, test.Location, failures);
        }
        var facts = Facts(rule, test, diagnostics, failures);
        if (facts is null)
            return new RuleTestResult(rule.Id, test.Name, test.Location, failures);

        var result = Evaluator.Evaluate(rules, facts);
        var outcome = result.Outcomes.First(o => o.RuleId == rule.Id);
        // A rule's findings taken in by another rule's (one finding per problem) are still this rule's results.
        var findings = FindingAbsorption.WithAbsorbed(result.Findings).Where(f => f.RuleId == rule.Id).ToList();
        var expect = test.Expect;
        if (outcome.Kind == RuleOutcomeKind.Error)
            failures.Add($"rule failed: {outcome.Reason}");
        if (expect.Outcome is { } wanted && !string.Equals(wanted, outcome.Kind.ToString(), StringComparison.OrdinalIgnoreCase))
            failures.Add($"expected outcome {wanted}, got {outcome.Kind.ToString().ToLowerInvariant()}{(outcome.Reason is null ? "" : $" ({outcome.Reason})")}");
        if (expect.Fires is { } n && outcome.Produced != n)
            failures.Add($"expected {n} result(s), got {outcome.Produced}" + (findings.Count > 0 ? $": {string.Join(" | ", findings.Select(f => f.Message))}" : ""));
        foreach (var text in expect.MessageContains)
            if (!findings.Any(f => f.Message.Contains(text, StringComparison.Ordinal)))
                failures.Add($"no message contains '{text}'" + (findings.Count > 0 ? $"; messages: {string.Join(" | ", findings.Select(f => f.Message))}" : ""));
        foreach (var where in expect.Evidence)
            if (!findings.SelectMany(f => f.Evidence).Any(p => Matches(p, where)))
                failures.Add($"no evidence at '{where}'; cited: {string.Join(", ", findings.SelectMany(f => f.Evidence).Select(p => p.ToString()).Distinct())}");
        if (expect.Fields.Count > 0)
        {
            var derived = result.DerivedByRule.GetValueOrDefault(rule.Id) ?? [];
            var fields = derived.Select(f => Templates.TemplateValues.Of(f, catalog) as IDictionary<string, object?>).ToList();
            foreach (var (name, value) in expect.Fields)
                if (!fields.Any(d => d is not null && d.TryGetValue(name, out var v) && Equals(v?.ToString(), value)))
                    failures.Add($"no derived fact has {name} = '{value}'");
        }
        return new RuleTestResult(rule.Id, test.Name, test.Location, failures);
    }

    /// <summary>
    /// Where a test's bundle is: beside the rule file first (a rule and its sample travel together), else relative to
    /// the bundle root (the repository's fixtures/, as the shipped rules write it).
    /// </summary>
    private string BundlePath(RuleDefinition rule, string bundle)
    {
        var besideRule = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(rule.File)) ?? bundleRoot, bundle));
        return File.Exists(besideRule) || Directory.Exists(besideRule) ? besideRule : Path.GetFullPath(Path.Combine(bundleRoot, bundle));
    }

    /// <summary>
    /// Every inline test fact of <paramref name="definitions"/> checked against the catalog (type, field names,
    /// values), without running anything: <c>rules check</c> reports them with the other rule errors.
    /// </summary>
    public static void CheckTestFacts(IReadOnlyList<RuleDefinition> definitions, FactCatalog catalog, DiagnosticBag diagnostics)
    {
        foreach (var test in definitions.SelectMany(d => d.Tests))
            foreach (var fact in test.Facts)
                InlineFactBuilder.Build(fact, catalog, diagnostics);
    }

    private FactSet? Facts(RuleDefinition rule, RuleTestCase test, DiagnosticBag diagnostics, List<string> failures)
    {
        if (test.Bundle is not null)
        {
            try
            {
                var path = BundlePath(rule, test.Bundle);
                // One read per bundle: the tests that share it wait for the first (a failed read fails each of them).
                return _bundles.GetOrAdd(path, p => new Lazy<FactSet>(() => loadBundle(p), LazyThreadSafetyMode.ExecutionAndPublication)).Value.Fresh();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException)
            {
                failures.Add($"bundle '{test.Bundle}' could not be read: {e.Message}");
                return null;
            }
        }
        var facts = test.Facts.Select(f => InlineFactBuilder.Build(f, catalog, diagnostics)).OfType<IFact>().ToList();
        if (diagnostics.HasErrors)
        {
            failures.AddRange(diagnostics.Items.Select(d => d.ToString()));
            return null;
        }
        var sources = facts.Select(f => catalog.Get(f.GetType()).Source);
        return new FactSet(catalog, facts, sources);
    }

    private static RuleConfig WithParams(RuleConfig config, RuleDefinition rule, RuleTestCase test)
    {
        var existing = config.Rules.GetValueOrDefault(rule.Id);
        var parameters = existing?.Params.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal)
                         ?? new Dictionary<string, (string, SourceLocation)>(StringComparer.Ordinal);
        foreach (var (k, v) in test.Params)
            parameters[k] = (Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "", test.Location);
        var merged = new RuleOverride(existing?.Severity, existing?.Enabled, parameters, test.Location);
        return config.With(rule.Id, merged);
    }

    private static bool Matches(Provenance p, string where)
    {
        var colon = where.LastIndexOf(':');
        if (colon > 0 && int.TryParse(where[(colon + 1)..], out var line))
            return p.Path == where[..colon] && p.Line <= line && line <= (p.EndLine ?? p.Line);
        return p.Path == where;
    }
}

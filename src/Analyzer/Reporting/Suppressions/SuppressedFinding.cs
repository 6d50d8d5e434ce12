using Analyzer.Rules.Config;
using Analyzer.Rules.Engine;

namespace Analyzer.Reporting.Suppressions;

/// <summary>A finding a suppression set apart, with the entry that did it (its reason and expiry go in the report).</summary>
public sealed record SuppressedFinding(Finding Finding, string Fingerprint, Suppression By);

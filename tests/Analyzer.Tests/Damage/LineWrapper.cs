namespace Analyzer.Tests.Damage;

/// <summary>
/// A carrier that prefixes (or encloses) every line on its own: log shippers, container runtimes, line numberers.
/// By default only streams are carried; a one-off snapshot (ps, /proc, meminfo) never goes through a shipper.
/// </summary>
internal abstract class LineWrapper : IPasteDamage
{
    public abstract string Name { get; }

    public virtual string? NotApplicable(EvidenceKind kind) =>
        kind == EvidenceKind.Snapshot ? "a one-off snapshot (ps, /proc, meminfo, kstats) is not a stream a log shipper carries" : null;

    public string Apply(string text, string path, EvidenceKind kind) => TextLines.Map(text, (line, index) => Wrap(line, index, kind));

    protected abstract string Wrap(string line, int index, EvidenceKind kind);
}

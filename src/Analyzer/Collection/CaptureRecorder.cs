using System.Text;

namespace Analyzer.Collection;

/// <summary>
/// Where every source hands what it read: redacts text when asked, cuts it to the size budget, writes it to the
/// bundle and records a manifest line. Sources run in parallel; the writer, the budget and the list are each safe for
/// that. A source that read nothing records why (<see cref="Note"/>): absent, denied or timed out is never an error.
/// </summary>
public sealed class CaptureRecorder(BundleWriter writer, CollectBudget budget, Redactor? redactor)
{
    private readonly List<ManifestEntry> _entries = [];
    private readonly Lock _gate = new();
    private bool _closed;

    public CollectBudget Budget => budget;
    public bool Redacting => redactor is not null;

    public IReadOnlyList<ManifestEntry> Entries
    {
        get
        {
            lock (_gate) return _entries.ToArray();
        }
    }

    public void AddText(string name, string from, string path, string text, long milliseconds, SourceStatus status = SourceStatus.Ok, string? reason = null) =>
        Add(name, from, path, Encoding.UTF8.GetBytes(text), milliseconds, binary: false, status, reason);

    /// <summary>Adds one file. <paramref name="status"/> says how the source itself ended (a timed-out read keeps what came).</summary>
    public void Add(string name, string from, string path, byte[] content, long milliseconds, bool binary, SourceStatus status = SourceStatus.Ok, string? reason = null)
    {
        if (binary && redactor is not null)
        {
            Note(name, from, SourceStatus.Skipped, "binary profile left out of a redacted bundle (its strings cannot be rewritten)", milliseconds);
            return;
        }
        if (redactor is not null) content = redactor.Apply(content);
        var granted = budget.Take(content.Length);
        if (granted == 0 && content.Length > 0)
        {
            Note(name, from, SourceStatus.Skipped, "size budget spent", milliseconds);
            return;
        }
        if (granted < content.Length)
        {
            // A cut gzip member or protobuf is unreadable: a binary file either fits or is left out.
            if (binary)
            {
                budget.Return(granted);
                Note(name, from, SourceStatus.Skipped, $"size budget: {content.Length} bytes, {granted} left", milliseconds);
                return;
            }
            // Text is cut after its last whole line within the grant, so the parser does not read a torn record as damage.
            var keep = Array.LastIndexOf(content, (byte)'\n', (int)granted - 1) + 1;
            budget.Return(granted - keep);
            if (keep == 0)
            {
                Note(name, from, SourceStatus.Skipped, $"size budget: not one whole line fits in the {granted} bytes left", milliseconds);
                return;
            }
            content = content[..keep];
            status = SourceStatus.Truncated;
            reason = $"size budget: cut at {keep} bytes, after a whole line";
        }
        lock (_gate)
        {
            // A source still running at the deadline finds the bundle closed: what it brings is dropped, not half-written.
            if (_closed) return;
            var written = writer.Add(redactor?.Apply(path) ?? path, content);
            _entries.Add(new ManifestEntry(name, Redact(from), written, status, content.Length, milliseconds, reason is null ? null : Redact(reason)));
        }
    }

    public void Note(string name, string from, SourceStatus status, string reason, long milliseconds = 0) =>
        Record(new ManifestEntry(name, Redact(from), null, status, 0, milliseconds, Redact(reason)));

    private string Redact(string text) => redactor?.Apply(text) ?? text;

    private void Record(ManifestEntry entry)
    {
        lock (_gate)
            if (!_closed) _entries.Add(entry);
    }

    /// <summary>Ends the capture: later sources are ignored. Returns the manifest lines.</summary>
    public IReadOnlyList<ManifestEntry> Close()
    {
        lock (_gate)
        {
            _closed = true;
            return _entries.ToArray();
        }
    }
}

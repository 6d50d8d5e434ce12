namespace Analyzer.Inventory;

/// <summary>
/// Collects what happened to every input. Problems reported for the same path later (a cap hit after parsing, an
/// archive breaking) are merged into its record, and the status only ever gets worse.
/// </summary>
internal sealed class InventoryBuilder
{
    private readonly Dictionary<string, InputRecord> _records = new(StringComparer.Ordinal);

    // Every stored record's Problems is a List owned here, so a problem is appended in place: copying the list per
    // problem made 200,000 sos manifest notes on one record quadratic (over two minutes).
    public void Set(InputRecord record) =>
        _records[record.Path] = _records.TryGetValue(record.Path, out var old)
            ? record with { Status = Worse(old.Status, record.Status), Problems = new List<string>([.. old.Problems, .. record.Problems]), Notes = [.. old.Notes, .. record.Notes] }
            : record with { Problems = new List<string>(record.Problems) };

    public void Problem(string path, InputStatus status, string reason)
    {
        if (!_records.TryGetValue(path, out var old))
        {
            _records[path] = new InputRecord(path, "unknown", status, 0, new List<string> { reason });
            return;
        }
        ((List<string>)old.Problems).Add(reason);
        if (Worse(old.Status, status) != old.Status)
            _records[path] = old with { Status = Worse(old.Status, status) };
    }

    public bool Contains(string path) => _records.ContainsKey(path);

    /// <summary>
    /// Files the records of <paramref name="from"/> (and of its channels, <c>from#program</c>) under <paramref name="to"/>,
    /// with <paramref name="oldNote"/> replaced by <paramref name="newNote"/>: a virtual entry that turned out to be the
    /// whole file.
    /// </summary>
    public void Move(string from, string to, string oldNote, string newNote)
    {
        foreach (var path in _records.Keys.Where(p => p == from || p.StartsWith(from + "#", StringComparison.Ordinal)).ToList())
        {
            var record = _records[path];
            _records.Remove(path);
            Set(record with
            {
                Path = to + path[from.Length..],
                Notes = [.. record.Notes.Select(n => n == oldNote ? newNote : n.Replace(from, to, StringComparison.Ordinal))],
            });
        }
    }

    public IReadOnlyList<InputRecord> Records() => _records.Values.OrderBy(r => r.Path, StringComparer.Ordinal).ToList();

    private static InputStatus Worse(InputStatus a, InputStatus b)
    {
        // A recognised input that lost part of its content is partial, not skipped: keep what was learnt from it.
        if (a is InputStatus.Parsed or InputStatus.Partial && b == InputStatus.Skipped) return InputStatus.Partial;
        return (InputStatus)Math.Max((int)a, (int)b);
    }
}

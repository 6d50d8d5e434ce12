using Analyzer.Inventory;

namespace Analyzer.Reporting;

/// <summary>
/// The Markdown inventory's rows. A sosreport holds thousands of files no parser reads; listing each would bury the
/// inputs that matter, so in a large bundle the inputs that share a folder, a status and the same reason are folded
/// into one row per folder. Recognised inputs and inputs with their own problem are always listed one by one, and
/// the JSON report always lists every input.
/// </summary>
internal static class InventoryRows
{
    /// <summary>Below this many inputs every input gets its own row.</summary>
    private const int FoldAbove = 60;

    /// <summary>A folder's inputs are folded only when at least this many share the same status and reason.</summary>
    private const int MinFolded = 4;

    public sealed record Row(string Path, string Format, InputStatus Status, long Facts, string Problems, int Files);

    public static IReadOnlyList<Row> Of(IReadOnlyList<InputRecord> inputs)
    {
        var rows = inputs.Select(i => new Row(i.Path, i.Format, i.Status, i.Facts, string.Join("; ", i.Problems), 1)).ToList();
        if (inputs.Count <= FoldAbove)
            return rows;

        var foldable = rows
            .Where(r => r.Facts == 0 && r.Status is InputStatus.Unrecognized or InputStatus.Skipped)
            .GroupBy(r => (Folder: FolderOf(r.Path), r.Format, r.Status, r.Problems))
            .Where(g => g.Count() >= MinFolded)
            .ToDictionary(g => g.Key, g => g.Count());

        var result = new List<Row>();
        var emitted = new HashSet<(string, string, InputStatus, string)>();
        foreach (var r in rows)
        {
            var key = (FolderOf(r.Path), r.Format, r.Status, r.Problems);
            if (r.Facts != 0 || !foldable.TryGetValue(key, out var count))
            {
                result.Add(r);
                continue;
            }
            if (emitted.Add(key))
                result.Add(r with { Path = key.Item1.Length == 0 ? "./" : key.Item1 + "/", Files = count });
        }
        return result;
    }

    /// <summary>The input's folder, with all-digit segments as <c>*</c>: <c>proc/1234/mountinfo</c> folds with its siblings of other pids.</summary>
    private static string FolderOf(string path)
    {
        var slash = path.LastIndexOf('/');
        if (slash < 0) return "";
        return string.Join('/', path[..slash].Split('/').Select(s => s.Length > 0 && s.All(char.IsAsciiDigit) ? "*" : s));
    }
}

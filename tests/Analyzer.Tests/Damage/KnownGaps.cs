namespace Analyzer.Tests.Damage;

/// <summary>
/// known-gaps.txt: the cells that fail today, one <c>fixture TAB damage TAB what differs</c> per line, sorted. A ratchet:
/// cells are matched by fixture and damage; the third column is what differed when the line was written.
/// </summary>
internal static class KnownGaps
{
    public static string FilePath => Path.Combine(DamageFiles.Folder, "known-gaps.txt");

    public static Dictionary<string, string> Read()
    {
        var gaps = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(FilePath))
            return gaps;
        foreach (var line in File.ReadAllLines(FilePath))
        {
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var fields = line.Split('\t');
            if (fields.Length < 2)
                throw new InvalidOperationException($"{FilePath}: not 'fixture<TAB>damage<TAB>what differs': {line}");
            gaps[fields[0] + "\t" + fields[1]] = fields.Length > 2 ? fields[2] : "";
        }
        return gaps;
    }

    public static string Render(IEnumerable<CellResult> cells) =>
        string.Concat(cells.Where(c => c.Outcome == CellOutcome.Failed)
            .Select(c => $"{c.Fixture}\t{c.Damage}\t{c.Differs}\n")
            .Order(StringComparer.Ordinal));
}

namespace Analyzer.Families.Zfs.Parsers.Arcstat;

/// <summary>
/// The column layout of the most recent arcstat header line. Column names come from the tool's `cols` table; sizes
/// are pretty-printed base 1024, rates base 1000, percentages as plain integers.
/// </summary>
internal sealed class ArcstatColumns
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "time", "read", "hits", "miss", "hit%", "miss%", "dhit", "dmis", "dh%", "dm%", "phit", "pmis", "ph%", "pm%",
        "mhit", "mmis", "mread", "mh%", "mm%", "arcsz", "size", "c", "avail", "free", "grow", "need", "ddread", "ddh%",
        "dmread", "dmh%", "pread", "dread", "mfu", "mru", "mfug", "mrug", "eskip", "mtxmis", "l2read", "l2hits",
        "l2miss", "l2hit%", "l2miss%", "l2size", "l2asize", "l2bytes", "rmis", "unc", "ztotal", "zhits", "zmisses",
        "mfusz", "mrusz", "ddhit", "ddmis", "ddi%", "dmhit", "dmmis", "pdread", "pdh%", "pmread", "pmh%",
    };

    private static readonly HashSet<string> Sizes = new(StringComparer.Ordinal)
    {
        "arcsz", "size", "c", "avail", "free", "need", "mfusz", "mrusz", "l2size", "l2asize", "l2bytes", "waste",
        "abd", "meta", "pd", "pm", "mfudsz", "mfumsz", "mrudsz", "mrumsz", "unc",
    };

    private ArcstatColumns(string[] names) => Names = names;

    public string[] Names { get; }

    public int IndexOf(string name) => Array.IndexOf(Names, name);

    public static bool IsSize(string name) => Sizes.Contains(name);

    /// <summary>A header line: every token a known column (or a percentage), at least two, `time` first when present.</summary>
    public static ArcstatColumns? TryParse(ReadOnlySpan<char> line)
    {
        // Called on every row: a data row starts with its time or a number, a header with a letter.
        var first = line.TrimStart();
        if (first.IsEmpty || !char.IsAsciiLetterLower(first[0])) return null;
        var tokens = line.ToString().Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length < 2) return null;
        var known = tokens.Count(t => Known.Contains(t));
        if (known < 2 || known * 4 < tokens.Length * 3) return null; // a custom -f list may hold columns we do not know
        var timeAt = Array.IndexOf(tokens, "time");
        if (timeAt > 0) return null;
        if (!tokens.Any(t => t is "read" or "miss" or "hits" or "arcsz" or "size" or "ddread" or "hit%" or "miss%")) return null;
        return new ArcstatColumns(tokens);
    }
}

using System.Globalization;

namespace Analyzer.Families.Zfs.Parsers.ZfsUnits;

/// <summary>
/// The first line of a Linux SPL kstat file: `kid type flags ndata data_size crtime snaptime`
/// (`6 1 0x01 91 4368 5266997922 97951858082072`); type 0 RAW, 1 NAMED, 3 IO; times are hrtime nanoseconds.
/// </summary>
internal sealed record KstatHeader(int Type, long Records, long CreatedNs, long SnapshotNs)
{
    public static KstatHeader? TryParse(ReadOnlySpan<char> line)
    {
        Span<Range> r = stackalloc Range[8];
        if (Analyzer.Text.BlankFields.Split(line, r, out var total) != 7 || total != 7) return null;
        if (!line[r[2]].StartsWith("0x") || line[r[2]].Length != 4) return null;
        Span<long> v = stackalloc long[7];
        for (var i = 0; i < 7; i++)
        {
            if (i == 2) continue;
            // ndata/data_size of RAW kstats may be printed as -1 by some builds; the ids and times never are.
            var style = i is 3 or 4 ? NumberStyles.AllowLeadingSign : NumberStyles.None;
            if (!long.TryParse(line[r[i]], style, CultureInfo.InvariantCulture, out v[i])) return null;
        }
        return v[1] > 7 ? null : new KstatHeader((int)v[1], v[3], v[5], v[6]);
    }

    /// <summary>Time between module load (crtime) and the snapshot; null when the clock values make no sense.</summary>
    public TimeSpan? Age => SnapshotNs > CreatedNs ? TimeSpan.FromTicks((SnapshotNs - CreatedNs) / 100) : null;
}

namespace Analyzer.Rules.Diagnostics;

/// <summary>Suggests the closest known name for a misspelt one (Levenshtein distance, case-insensitive).</summary>
public static class DidYouMean
{
    public static string? Suggest(string wrong, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            var d = Distance(wrong.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (d < bestDistance)
                (best, bestDistance) = (candidate, d);
        }
        return best is not null && bestDistance <= Math.Max(2, wrong.Length / 3) ? $"did you mean '{best}'?" : null;
    }

    private static int Distance(string a, string b)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (prev, cur) = (cur, prev);
        }
        return prev[b.Length];
    }
}

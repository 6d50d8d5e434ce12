using Analyzer.Parsing;
using Analyzer.Families.Go.Facts;
using Analyzer.Families.Go.Parsers.GoStacks;
using Analyzer.Rules.Facts;

namespace Analyzer.Families.Go.Parsers.GoContention;

/// <summary>
/// Folds the stacks of one mutex/block profile into sites (site function × category). Memory grows with the
/// number of distinct sites, not of stacks; only the heaviest stack of each site is kept, as its example.
/// </summary>
internal sealed class ContentionSites(string kind, string format)
{
    public const int Kept = 10;
    private const int StackFrames = 16;

    private readonly Dictionary<(string Function, string Category), Site> _sites = [];

    public long TotalDelayNanos { get; private set; }
    public long TotalContentions { get; private set; }

    /// <param name="functions">The stack's functions, innermost first.</param>
    /// <param name="locations">Per function, its file (and line) when known; same length as functions.</param>
    public void Add(IReadOnlyList<string> functions, IReadOnlyList<string> locations, long delayNanos, long contentions, Provenance at)
    {
        TotalDelayNanos = Saturating.Add(TotalDelayNanos, delayNanos);
        TotalContentions += contentions;
        if (functions.Count == 0)
            return;
        var index = ContentionStack.SiteIndex(functions);
        var key = (functions[index], ContentionStack.Category(functions, kind));
        if (!_sites.TryGetValue(key, out var site))
            _sites[key] = site = new Site();
        site.Delay = Saturating.Add(site.Delay, delayNanos);
        site.Contentions += contentions;
        if (site.Example is null || delayNanos > site.ExampleDelay)
        {
            site.Example = functions.Take(StackFrames).ToList();
            site.Location = locations[index];
            site.ExampleDelay = delayNanos;
            site.At = at;
        }
    }

    /// <summary>The heaviest sites as facts; <paramref name="durationNanos"/> is zero when the profile does not say.</summary>
    public IEnumerable<GoContentionSite> Facts(string path, long durationNanos)
    {
        var rank = 0;
        foreach (var ((function, category), site) in _sites
                     .OrderByDescending(s => s.Value.Delay)
                     .ThenByDescending(s => s.Value.Contentions)
                     .ThenBy(s => s.Key.Function, StringComparer.Ordinal)
                     .Take(Kept))
        {
            rank++;
            yield return new GoContentionSite
            {
                Provenance = site.At!,
                Path = path,
                Kind = kind,
                Format = format,
                Function = function,
                Package = GoFunctionName.Parse(function).Package,
                Location = site.Location,
                Category = category,
                Delay = Nanos(site.Delay),
                Contentions = site.Contentions,
                DelayPercent = TotalDelayNanos == 0 ? 0 : 100.0 * site.Delay / TotalDelayNanos,
                ProfileDelay = Nanos(TotalDelayNanos),
                ProfileDuration = Nanos(durationNanos),
                DelayPerSecond = durationNanos > 0 ? (double)site.Delay / durationNanos : null,
                Rank = rank,
                Stack = site.Example!,
            };
        }
    }

    private static TimeSpan Nanos(long ns) => TimeSpan.FromTicks(ns / 100);

    private sealed class Site
    {
        public long Delay;
        public long Contentions;
        public long ExampleDelay;
        public List<string>? Example;
        public string Location = "";
        public Provenance? At;
    }
}

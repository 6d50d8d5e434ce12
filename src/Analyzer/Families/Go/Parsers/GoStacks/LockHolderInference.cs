using Analyzer.Families.Go.Facts;

namespace Analyzer.Families.Go.Parsers.GoStacks;

/// <summary>
/// Names the goroutine most likely holding the lock a lock-wait group queues on — the step hang-debugging guides
/// leave to the reader. A candidate is a group of the same dump that
/// <list type="bullet">
/// <item>is not itself waiting for that lock (a lock group with the same caller or mutex address is a fellow waiter),</item>
/// <item>has been blocked at least as long as the waiters (the holder took the lock before they queued; skipped when
/// the waiters print no wait time, since debug=1 and short waits say nothing),</item>
/// <item>runs through code taking the same lock. Evidence, strongest first: the mutex address among its frames'
/// arguments (exact match; a receiver pointing at the containing struct is not recognised), a frame of the very
/// function that calls Lock, a frame in that function's package.</item>
/// </list>
/// Ties go to a group of one, then a blocked goroutine, then the longer wait, then the smaller goroutine id.
/// </summary>
internal static class LockHolderInference
{
    private const int ByAddress = 3;
    private const int BySameFunction = 2;
    private const int BySamePackage = 1;

    public static IEnumerable<GoLockHolder> Infer(IReadOnlyList<GoroutineGroup> groups)
    {
        foreach (var waiter in groups)
        {
            if (waiter.Category != GoCategory.Lock)
                continue;
            var callerPackage = waiter.LockCaller is null ? null : GoFunctionName.Parse(waiter.LockCaller).Package;
            GoroutineGroup? best = null;
            var bestScore = 0;
            foreach (var candidate in groups)
            {
                if (ReferenceEquals(candidate, waiter) || IsFellowWaiter(candidate, waiter) || IsDumper(candidate))
                    continue;
                if (waiter.WaitKnown && waiter.MaxWait > TimeSpan.Zero && candidate.MaxWait < waiter.MaxWait)
                    continue;
                var score = Score(candidate, waiter, callerPackage);
                if (score == 0)
                    continue;
                if (best is null || score > bestScore || (score == bestScore && Preferred(candidate, best) < 0))
                {
                    best = candidate;
                    bestScore = score;
                }
            }
            if (best is null)
                continue;
            yield return new GoLockHolder
            {
                Provenance = best.Provenance,
                WaiterGroup = waiter.Key,
                HolderGroup = best.Key,
                HolderGoroutineId = best.GoroutineIds.Count > 0 ? best.FirstGoroutineId : null, // debug=1 profiles print no ids
                HolderState = best.State,
                HolderWait = best.MaxWait,
                HolderFunction = best.AppFunction ?? best.TopFunction,
                HolderLocation = best.AppLocation ?? (best.Frames.Count > 0 ? GroupBuilder.Location(best.Frames[0]) : null),
                LockCaller = waiter.LockCaller ?? "",
                Basis = bestScore switch { ByAddress => "mutex-address", BySameFunction => "same-function", _ => "same-package" },
            };
        }
    }

    /// <summary>
    /// Among equally scored candidates: a group of one (a mutex has one holder), then a blocked goroutine over a
    /// running one (a holder that blocks is what hangs the queue), then the longer wait, then the older goroutine.
    /// </summary>
    private static int Preferred(GoroutineGroup a, GoroutineGroup b)
    {
        var single = (b.Count == 1).CompareTo(a.Count == 1);
        if (single != 0) return single;
        var blocked = IsBlocked(b).CompareTo(IsBlocked(a));
        if (blocked != 0) return blocked;
        var wait = b.MaxWait.CompareTo(a.MaxWait);
        return wait != 0 ? wait : a.FirstGoroutineId.CompareTo(b.FirstGoroutineId);
    }

    private static bool IsBlocked(GoroutineGroup g) => g.Category is not ("running" or "runnable");

    /// <summary>The goroutine that printed the dump (pprof handler or a runtime.Stack caller) holds no application lock for it.</summary>
    private static bool IsDumper(GoroutineGroup g) =>
        g.Frames.Any(f => f.Function is "runtime.Stack" or "runtime/pprof.writeGoroutineStacks" or "runtime/pprof.writeGoroutine");

    private static bool IsFellowWaiter(GoroutineGroup candidate, GoroutineGroup waiter) =>
        candidate.Category == GoCategory.Lock
        && ((candidate.LockCaller is not null && candidate.LockCaller == waiter.LockCaller)
            || candidate.MutexAddresses.Intersect(waiter.MutexAddresses, StringComparer.Ordinal).Any());

    private static int Score(GoroutineGroup candidate, GoroutineGroup waiter, string? callerPackage)
    {
        var score = 0;
        foreach (var frame in candidate.Frames)
        {
            if (waiter.MutexAddresses.Count > 0 && ArgsContainAny(frame.Args, waiter.MutexAddresses))
                return ByAddress;
            if (waiter.LockCaller is not null && frame.Function == waiter.LockCaller)
                score = Math.Max(score, BySameFunction);
            else if (callerPackage is { Length: > 0 } && frame.Package == callerPackage)
                score = Math.Max(score, BySamePackage);
        }
        return score;
    }

    /// <summary>Exact match of one argument word (Go ≥1.18 may append '?'; aggregates are in braces).</summary>
    private static bool ArgsContainAny(string args, IReadOnlyList<string> addresses)
    {
        foreach (var range in args.AsSpan().SplitAny(", {}"))
        {
            var word = args.AsSpan()[range].TrimEnd('?');
            if (word.Length == 0)
                continue;
            foreach (var a in addresses)
                if (word.SequenceEqual(a))
                    return true;
        }
        return false;
    }
}

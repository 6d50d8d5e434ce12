using Analyzer.Families.Go.Facts;

namespace Analyzer.Families.Go.Parsers.GoStacks;

/// <summary>
/// Waits that are a serving program's normal shape however long they last, told from the stack: the main goroutine
/// parked until shutdown, a single shutdown watcher started by main, a <c>select {}</c>. Rules leave these out of
/// "blocked for minutes" findings (an idle server is not a lockup). Deliberately narrow: each names a wait that is
/// idle whatever the rest of the dump shows; a stall is then told by the goroutines that should act (a sender
/// blocked elsewhere, a lock holder), which the other rules read.
/// </summary>
internal static class GoIdlePattern
{
    public const string MainWait = "main-wait";
    public const string ShutdownWatcher = "shutdown-watcher";
    public const string SelectForever = "select-forever";
    public const string WorkerPoolIdle = "worker-pool-idle";

    /// <summary>Above this many identical receivers a group is a leak's shape (GO0002), not a pool's.</summary>
    public const long MaxPool = 256;

    public static string? Of(string state, string category, long count, IReadOnlyList<GoFrame> frames, string? createdBy)
    {
        if (state.StartsWith("select (no cases)", StringComparison.Ordinal))
            return SelectForever; // select {}: blocks forever by design
        if (category is not ("channel" or "select" or "waitgroup" or "cond"))
            return null;
        var app = frames.FirstOrDefault(f => !f.IsStdlib)?.Function;
        // main.main itself waiting (on a signal channel, ctx.Done(), a WaitGroup of the servers it started):
        // the process lives in the other goroutines.
        if (app == "main.main")
            return MainWait;
        // go func() { <-sig; srv.Shutdown(ctx) }() — one closure of main.main parked on a channel.
        if (count == 1 && category is ("channel" or "select") && createdBy == "main.main"
            && app is not null && app.StartsWith("main.main.func", StringComparison.Ordinal))
            return ShutdownWatcher;
        // for job := range jobs { ... }: several identical goroutines, started by one function, receiving in their
        // own code (only runtime frames above it) are a pool waiting for work.
        if (state == "chan receive" && count is >= 2 and <= MaxPool && createdBy is not null && app is not null
            && frames.TakeWhile(f => f.Function != app).All(f => f.Package == "runtime"))
            return WorkerPoolIdle;
        return null;
    }
}

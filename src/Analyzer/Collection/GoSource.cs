using System.Diagnostics;

namespace Analyzer.Collection;

/// <summary>
/// One Go service's runtime state, the way the debugging guides ask for it: goroutine <c>debug=2</c>, then
/// <c>debug=1</c>, heap, mutex, block and <c>/debug/vars</c>, then a CPU profile of the sampling window, then
/// <c>debug=2</c> again, the window after the first: the same goroutine blocked in both is stuck. Only GETs; no
/// profile rate is changed (mutex and block stay empty unless the program enabled them).
/// </summary>
public sealed class GoSource(GoEndpoint endpoint, string folder, int seconds)
{
    private const int BodyCap = 128 * 1024 * 1024;
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(20);

    /// <summary>Whether the endpoint serves pprof at all (<c>GET /debug/pprof/</c> answers 200).</summary>
    public static async Task<bool> ServesPprofAsync(GoEndpoint endpoint, CollectBudget budget)
    {
        using var client = new PprofClient(endpoint);
        var r = await client.GetAsync("debug/pprof/", budget.Step(TimeSpan.FromSeconds(3)), 1024 * 1024).ConfigureAwait(false);
        return r.Status == SourceStatus.Ok;
    }

    public async Task CaptureAsync(CaptureRecorder recorder)
    {
        using var client = new PprofClient(endpoint);
        var budget = recorder.Budget;
        var window = Stopwatch.StartNew();
        await Get(client, recorder, "goroutine debug=2 #1", "debug/pprof/goroutine?debug=2", "goroutine-debug2-1.txt", binary: false).ConfigureAwait(false);
        window.Restart();
        await Get(client, recorder, "goroutine debug=1", "debug/pprof/goroutine?debug=1", "goroutine-debug1.txt", binary: false).ConfigureAwait(false);
        await Get(client, recorder, "heap profile", "debug/pprof/heap", "heap.pb.gz", binary: true).ConfigureAwait(false);
        await Get(client, recorder, "mutex profile", "debug/pprof/mutex", "mutex.pb.gz", binary: true).ConfigureAwait(false);
        await Get(client, recorder, "block profile", "debug/pprof/block", "block.pb.gz", binary: true).ConfigureAwait(false);
        await Get(client, recorder, "expvar", "debug/vars", "vars.json", binary: false).ConfigureAwait(false);
        // The CPU profile takes the window itself; the server answers when it is over.
        await Get(client, recorder, "cpu profile", $"debug/pprof/profile?seconds={seconds}", "cpu.pb.gz", binary: true,
            RequestTimeout + TimeSpan.FromSeconds(seconds)).ConfigureAwait(false);
        // A refused or failed CPU profile must not shorten the gap between the two dumps.
        var rest = TimeSpan.FromSeconds(seconds) - window.Elapsed;
        if (rest > TimeSpan.Zero) await Task.Delay(budget.Step(rest)).ConfigureAwait(false);
        await Get(client, recorder, "goroutine debug=2 #2", "debug/pprof/goroutine?debug=2", "goroutine-debug2-2.txt", binary: false).ConfigureAwait(false);
    }

    private async Task Get(PprofClient client, CaptureRecorder recorder, string name, string relative, string file, bool binary, TimeSpan? timeout = null)
    {
        var from = client.Describe(relative);
        var label = $"go {name}";
        if (recorder.Budget.TimeSpent)
        {
            recorder.Note(label, from, SourceStatus.Skipped, "time budget spent");
            return;
        }
        var clock = Stopwatch.StartNew();
        var r = await client.GetAsync(relative, recorder.Budget.Step(timeout ?? RequestTimeout), BodyCap).ConfigureAwait(false);
        // A binary profile cut short is unreadable; text cut short still holds whole goroutines before the cut.
        if (r.Data.Length > 0 && (r.Ok || !binary))
            recorder.Add(label, from, $"{folder}/{file}", r.Data, clock.ElapsedMilliseconds, binary, r.Status, r.Reason);
        else
            recorder.Note(label, from, r.Ok ? SourceStatus.Failed : r.Status, r.Ok ? "empty answer" : r.Reason ?? "failed", clock.ElapsedMilliseconds);
    }
}

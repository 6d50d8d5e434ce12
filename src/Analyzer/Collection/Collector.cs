namespace Analyzer.Collection;

/// <summary>
/// Runs one capture (docs/collect.md): Go services, JuiceFS mounts and the host's sampling run side by side for the
/// window, the instant host sources around them, all under one deadline and one byte budget; then the manifest is
/// written last and the bundle closed. Nothing here throws for a source that is missing, denied or slow.
/// </summary>
public static class Collector
{
    public static async Task<CollectResult> RunAsync(CollectOptions options, Stream output)
    {
        var started = DateTimeOffset.UtcNow;
        var host = new HostFiles(options.Root);
        var tools = new ToolRunner(options.ToolDirs);
        var budget = new CollectBudget(options.TimeBudget, options.MaxBytes);
        var hostName = host.Text("/proc/sys/kernel/hostname")?.Trim() is { Length: > 0 } h ? h : Environment.MachineName;
        var kernel = host.Text("/proc/sys/kernel/osrelease")?.Trim() ?? "unknown";
        var redactor = options.Redact ? new Redactor(HostNames(hostName), Users(host)) : null;
        var writer = new BundleWriter(output, started);
        var recorder = new CaptureRecorder(writer, budget, redactor);
        var seconds = Math.Max(1, options.Seconds);

        var work = new List<Task>();
        foreach (var target in options.GoTargets)
        {
            var endpoint = GoEndpoint.Parse(target);
            if (endpoint is null)
                recorder.Note("go endpoint", target, SourceStatus.Failed, "not a URL, HOST:PORT or unix:PATH");
            else
                work.Add(GoTarget(endpoint, recorder, seconds));
        }
        foreach (var pid in options.Pids)
            work.Add(GoPid(host, pid, recorder, seconds));
        foreach (var mount in options.JuiceFsMounts)
            work.Add(new JuiceFsSource(host, mount, seconds).CaptureAsync(recorder));
        if (options.Host)
        {
            work.Add(ResourceSampler.CaptureAsync(host, recorder, seconds, kernel, hostName));
            // Processes at the start and at the end of the window, beside the other host sources.
            work.Add(Task.Run(() => ProcessSource.CaptureAsync(host, recorder, seconds)));
            work.Add(Task.Run(() =>
            {
                KernelLogSource.Capture(host, tools, recorder);
                ZfsSource.Capture(host, tools, recorder, seconds);
                LustreSource.Capture(host, tools, recorder);
            }));
        }
        var all = Task.WhenAll(work);
        // Every step is bounded by the deadline; the grace covers a read that was already under way when it passed.
        var finishedInTime = await Task.WhenAny(all, Task.Delay(budget.TimeLeft + TimeSpan.FromSeconds(2))).ConfigureAwait(false) == all;
        if (finishedInTime) await all.ConfigureAwait(false);
        else recorder.Note("capture", "all sources", SourceStatus.TimedOut, $"time budget of {options.TimeBudget.TotalSeconds:0} s spent; sources still running were abandoned");
        var entries = recorder.Close();
        var manifest = new CollectManifest(redactor?.Apply(hostName) ?? hostName, kernel, started, DateTimeOffset.UtcNow, options,
            entries.Sum(e => e.Bytes), entries);
        writer.Add(CollectManifest.FileName, manifest.ToJson());
        writer.Dispose();
        return new CollectResult(manifest);
    }

    private static async Task GoTarget(GoEndpoint endpoint, CaptureRecorder recorder, int seconds)
    {
        if (!await GoSource.ServesPprofAsync(endpoint, recorder.Budget).ConfigureAwait(false))
        {
            recorder.Note("go endpoint", endpoint.ToString(), SourceStatus.Absent, "does not answer GET /debug/pprof/");
            return;
        }
        await new GoSource(endpoint, $"go/{endpoint.Label}", seconds).CaptureAsync(recorder).ConfigureAwait(false);
    }

    /// <summary>The process's first listening socket that serves pprof; the others are listed, not captured twice.</summary>
    private static async Task GoPid(HostFiles host, int pid, CaptureRecorder recorder, int seconds)
    {
        var (endpoints, problem) = ListeningSockets.Of(host, pid);
        GoEndpoint? chosen = null;
        foreach (var endpoint in endpoints)
        {
            if (chosen is not null)
            {
                recorder.Note($"go pid {pid}", endpoint.ToString(), SourceStatus.Skipped, $"the same process was captured through {chosen}");
                continue;
            }
            if (await GoSource.ServesPprofAsync(endpoint, recorder.Budget).ConfigureAwait(false)) chosen = endpoint;
            else recorder.Note($"go pid {pid}", endpoint.ToString(), SourceStatus.Absent, "does not answer GET /debug/pprof/");
        }
        if (chosen is null)
        {
            recorder.Note($"go pid {pid}", $"/proc/{pid}/fd", SourceStatus.Absent, problem ?? "no listening socket serves /debug/pprof/");
            return;
        }
        await new GoSource(chosen, $"go/pid{pid}-{chosen.Label}", seconds).CaptureAsync(recorder).ConfigureAwait(false);
    }

    private static IEnumerable<string> HostNames(string hostName)
    {
        yield return hostName;
        var dot = hostName.IndexOf('.');
        if (dot > 0) yield return hostName[..dot];
    }

    /// <summary>Login accounts (uid 1000 and up, as Debian and Red Hat number them) from /etc/passwd.</summary>
    private static IEnumerable<string> Users(HostFiles host)
    {
        foreach (var line in host.Text("/etc/passwd")?.Split('\n') ?? [])
        {
            var f = line.Split(':');
            if (f.Length >= 3 && int.TryParse(f[2], out var uid) && uid >= 1000 && uid < 65534) yield return f[0];
        }
    }
}

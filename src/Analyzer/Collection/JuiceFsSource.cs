using System.Diagnostics;
using System.Text.Json;

namespace Analyzer.Collection;

/// <summary>
/// One JuiceFS mount, in the layout <c>juicefs debug</c> uses (a folder per mount): <c>.accesslog</c> read for the
/// window (it never ends), <c>.stats</c> at the start and the end of the window (the analyzer subtracts them for
/// rates), the client log's tail, and the mount process's pprof endpoints, found from the pid in <c>.config</c>.
/// <c>.config</c> itself is not copied: it holds the storage credentials.
/// </summary>
public sealed class JuiceFsSource(HostFiles host, string mount, int seconds)
{
    private const long AccessLogCap = 256L * 1024 * 1024;
    private const int LogTail = 4 * 1024 * 1024;

    public string Folder { get; } = "juicefs/" + Label(mount);

    public async Task CaptureAsync(CaptureRecorder recorder)
    {
        var statsPath = Path.Join(mount, ".stats");
        if (!File.Exists(statsPath) && !File.Exists(Path.Join(mount, ".accesslog")))
        {
            recorder.Note($"juicefs {mount}", mount, SourceStatus.Absent, "not a JuiceFS mount (no .stats or .accesslog)");
            return;
        }
        Stats(recorder, statsPath, "stats.txt");
        var name = Label(mount);
        var tail = Task.Run(() =>
        {
            var clock = Stopwatch.StartNew();
            var r = StreamTail.Read(Path.Join(mount, ".accesslog"), recorder.Budget.Step(TimeSpan.FromSeconds(seconds)), AccessLogCap);
            if (r.Data.Length > 0) recorder.Add("juicefs access log", Path.Join(mount, ".accesslog"), $"{Folder}/{name}.accesslog", r.Data, clock.ElapsedMilliseconds, binary: false, r.Status, r.Reason);
            else recorder.Note("juicefs access log", Path.Join(mount, ".accesslog"), r.Ok ? SourceStatus.Absent : r.Status, r.Reason ?? $"no operation in {seconds} s");
        });
        var pprof = Pprof(recorder);
        await Task.WhenAll(tail, pprof).ConfigureAwait(false);
        Stats(recorder, statsPath, $"stats.{seconds}s.txt");
        var log = host.Tail("/var/log/juicefs.log", LogTail);
        if (log.Ok)
            recorder.Add("juicefs client log", "/var/log/juicefs.log (tail)", $"{Folder}/juicefs.log", log.Data, 0, binary: false, log.Status, log.Reason);
        else recorder.Note("juicefs client log", "/var/log/juicefs.log", log.Status, log.Reason ?? "unreadable");
    }

    private void Stats(CaptureRecorder recorder, string path, string file)
    {
        var r = new HostFiles("/").Read(path);
        if (r.Ok) recorder.Add("juicefs .stats", path, $"{Folder}/{file}", r.Data, 0, binary: false, r.Status, r.Reason);
        else recorder.Note("juicefs .stats", path, r.Status, r.Reason ?? "unreadable");
    }

    private async Task Pprof(CaptureRecorder recorder)
    {
        var pid = Pid(Path.Join(mount, ".config"));
        if (pid is null)
        {
            recorder.Note("juicefs pprof", Path.Join(mount, ".config"), SourceStatus.Absent, "no pid in .config");
            return;
        }
        var (endpoints, problem) = ListeningSockets.Of(host, pid.Value);
        foreach (var endpoint in endpoints)
            if (await GoSource.ServesPprofAsync(endpoint, recorder.Budget).ConfigureAwait(false))
            {
                await new GoSource(endpoint, $"{Folder}/pprof", seconds).CaptureAsync(recorder).ConfigureAwait(false);
                return;
            }
        recorder.Note("juicefs pprof", $"pid {pid}", SourceStatus.Absent, problem ?? $"none of {endpoints.Count} listening sockets serves /debug/pprof/");
    }

    /// <summary>The mount process's pid: <c>.config</c> is JSON with a top-level <c>"Pid"</c> (JuiceFS 1.0+).</summary>
    private static int? Pid(string config)
    {
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(config));
            return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("Pid", out var p) && p.TryGetInt32(out var pid) ? pid : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    private static string Label(string mount)
    {
        var name = mount.Trim('/').Replace('/', '-');
        return name.Length == 0 ? "root" : name;
    }
}

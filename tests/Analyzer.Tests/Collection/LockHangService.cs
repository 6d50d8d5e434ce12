using System.Diagnostics;
using System.Net.Sockets;

namespace Analyzer.Tests.Collection;

/// <summary>
/// The real lock-hang service (fixtures/gen/cmd/lockhang) on a loopback port and a unix socket, driven into its hang
/// as generate.sh does: 20 writes, a flush that keeps the store mutex while it waits for an ack that never comes,
/// then 40 writes that queue on the mutex. Shared by the tests of a class; the process is ours and killed by id.
/// </summary>
public sealed class LockHangService : IDisposable
{
    private readonly Process _process;
    private readonly string _dir;

    public LockHangService()
    {
        // A short folder: unix socket paths are limited to 107 bytes.
        _dir = Path.Combine("/tmp", $"tlh-{Guid.NewGuid():N}"[..12]);
        Directory.CreateDirectory(_dir);
        UnixPath = Path.Combine(_dir, $"pprof.lockhang.{Environment.ProcessId}");
        var addrFile = Path.Combine(_dir, "addr");
        var start = new ProcessStartInfo(GoGenerators.Binary("lockhang")) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "-addr-file", addrFile, "-unix", UnixPath }) start.ArgumentList.Add(a);
        start.Environment["GOTRACEBACK"] = "all";
        _process = Process.Start(start) ?? throw new InvalidOperationException("lockhang did not start");
        _process.ErrorDataReceived += (_, _) => { }; // its log is not needed; keep the pipe drained
        _process.BeginErrorReadLine();
        var clock = Stopwatch.StartNew();
        while (!(File.Exists(addrFile) && new FileInfo(addrFile).Length > 0 && File.Exists(UnixPath)))
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(20)) throw new TimeoutException("lockhang did not listen within 20 s");
            Thread.Sleep(50);
        }
        Address = File.ReadAllText(addrFile).Trim();
        DriveIntoHang().GetAwaiter().GetResult();
    }

    public int Pid => _process.Id;
    public string Address { get; }
    public string UnixPath { get; }

    private async Task DriveIntoHang()
    {
        using var http = new HttpClient { BaseAddress = new Uri($"http://{Address}/"), Timeout = TimeSpan.FromSeconds(10) };
        for (var i = 0; i < 20; i++) (await http.GetAsync($"put?k=user{i}&v=active")).EnsureSuccessStatusCode();
        (await http.GetAsync("flush")).EnsureSuccessStatusCode();
        var clock = Stopwatch.StartNew();
        while (!(await http.GetStringAsync("healthz")).Contains("flushing=1", StringComparison.Ordinal))
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(10)) throw new TimeoutException("the flush did not start");
            await Task.Delay(50);
        }
        // 40 writes that queue behind the held mutex: the client gives up, the server-side handlers stay blocked.
        using var impatient = new HttpClient { BaseAddress = http.BaseAddress, Timeout = TimeSpan.FromSeconds(1) };
        await Task.WhenAll(Enumerable.Range(0, 40).Select(async i =>
        {
            try
            {
                await impatient.GetAsync($"put?k=late{i}&v=x");
            }
            catch (TaskCanceledException)
            {
                // Expected: the request waits on the mutex forever.
            }
        }));
        // The handlers are parked once debug=1 counts them.
        while (!(await http.GetStringAsync("debug/pprof/goroutine?debug=1")).Contains("\n40 @ ", StringComparison.Ordinal))
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(20)) throw new TimeoutException("the 40 writers did not queue");
            await Task.Delay(100);
        }
    }

    public void Dispose()
    {
        try
        {
            _process.Kill();
            _process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        _process.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    /// <summary>Whether the unix socket answers at all (a sanity check on the fixture itself).</summary>
    public bool UnixListening()
    {
        using var s = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        s.Connect(new UnixDomainSocketEndPoint(UnixPath));
        return s.Connected;
    }
}

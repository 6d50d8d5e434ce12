namespace Analyzer.Collection;

/// <summary>
/// Lustre when lctl exists: the kernel debug buffer through <c>lctl dk FILE</c> (Lustre hands its debug log out only
/// this way, and the dump empties the buffer: a second collect sees only what came after), and the client stats of
/// <c>lctl get_param</c> (RPC, llite and import state). No debug mask is changed.
/// </summary>
public static class LustreSource
{
    public static void Capture(HostFiles host, ToolRunner tools, CaptureRecorder recorder)
    {
        var loaded = host.Exists("/sys/fs/lustre") || host.Exists("/proc/fs/lustre");
        if (tools.Find("lctl") is null)
        {
            recorder.Note("lustre", "lctl dk", SourceStatus.Absent, loaded ? "Lustre is loaded but lctl was not found" : "lctl not found");
            return;
        }
        var temp = Path.Join(Path.GetTempPath(), $"triage-lctl-dk-{Environment.ProcessId}-{Guid.NewGuid():N}.txt");
        try
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var run = tools.Run("lctl", ["dk", temp], recorder.Budget.Step(TimeSpan.FromSeconds(30)));
            if (File.Exists(temp))
            {
                var r = new HostFiles("/").Read(temp);
                if (r.Ok && r.Data.Length > 0) recorder.Add("lustre debug log", "lctl dk FILE", "lustre/lctl-dk.txt", r.Data, clock.ElapsedMilliseconds, binary: false, r.Status, r.Reason);
                else recorder.Note("lustre debug log", "lctl dk FILE", SourceStatus.Absent, "empty debug buffer");
            }
            else
                recorder.Note("lustre debug log", "lctl dk FILE", run.Ok ? SourceStatus.Absent : run.Status, run.Reason ?? "lctl wrote no file");
        }
        finally
        {
            try
            {
                File.Delete(temp);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Our own temporary file; nothing else depends on it.
            }
        }
        CommandCapture.Run(tools, recorder, "lctl get_param", ["get_param", "osc.*.stats", "mdc.*.stats", "llite.*.stats", "osc.*.import", "mdc.*.import"],
            "lustre/get_param-stats.txt", TimeSpan.FromSeconds(15));
    }
}

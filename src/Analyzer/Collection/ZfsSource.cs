using System.Diagnostics;

namespace Analyzer.Collection;

/// <summary>
/// ZFS where it is loaded: the ARC kstat, the debug message buffer and each pool's txg history (kstat files, read
/// as they are), then <c>zpool status -v</c> and <c>zpool iostat -lv</c> samples over the window when zpool exists.
/// </summary>
public static class ZfsSource
{
    private const string Kstat = "/proc/spl/kstat/zfs";

    public static void Capture(HostFiles host, ToolRunner tools, CaptureRecorder recorder, int seconds)
    {
        if (!host.Exists(Kstat))
        {
            recorder.Note("zfs kstats", Kstat, SourceStatus.Absent, "ZFS not loaded (no /proc/spl/kstat/zfs)");
            if (tools.Find("zpool") is null) recorder.Note("zpool", "zpool status -v", SourceStatus.Absent, "zpool not found");
            return;
        }
        foreach (var file in new[] { "arcstats", "dbgmsg" })
            Copy(host, recorder, $"{Kstat}/{file}");
        string[] pools;
        try
        {
            pools = Directory.GetDirectories(host.PathOf(Kstat)).Where(d => File.Exists(Path.Join(d, "txgs"))).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            pools = [];
            recorder.Note("zfs pools", Kstat, ReadResult.Of(e).Status, e.Message);
        }
        foreach (var pool in pools) Copy(host, recorder, $"{Kstat}/{pool}/txgs");
        CommandCapture.Run(tools, recorder, "zpool status", ["status", "-v"], "zpool-status-v.txt", TimeSpan.FromSeconds(15));
        CommandCapture.Run(tools, recorder, "zpool iostat", ["iostat", "-lv", "1", (seconds + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)], "zpool-iostat-lv.txt", TimeSpan.FromSeconds(seconds + 15));
    }

    private static void Copy(HostFiles host, CaptureRecorder recorder, string file)
    {
        var r = host.Read(file);
        if (r.Ok) recorder.Add(file, file, file.TrimStart('/'), r.Data, 0, binary: false, r.Status, r.Reason);
        else recorder.Note(file, file, r.Status, r.Reason ?? "unreadable");
    }
}

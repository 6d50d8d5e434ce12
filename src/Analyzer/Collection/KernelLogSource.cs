using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Analyzer.Collection;

/// <summary>
/// The kernel log without ever waiting for new messages: <c>dmesg</c> when it exists (it reads the ring buffer and
/// returns), else <c>/dev/kmsg</c> read record by record until it has none left. A read of /dev/kmsg blocks at the
/// end of the buffer, so it runs on a background thread that is abandoned (never joined) at a short deadline; its
/// records are turned into dmesg's <c>[seconds] text</c> lines, which the kernel-log parser reads.
/// </summary>
public static class KernelLogSource
{
    private const string Path = "kernel/dmesg.txt";

    public static void Capture(HostFiles host, ToolRunner tools, CaptureRecorder recorder)
    {
        var clock = Stopwatch.StartNew();
        ReadResult? dmesg = null;
        if (tools.Find("dmesg") is not null)
        {
            dmesg = tools.Run("dmesg", [], recorder.Budget.Step(TimeSpan.FromSeconds(15)));
            if (dmesg.Value.Ok && dmesg.Value.Data.Length > 0)
            {
                recorder.Add("kernel log", "dmesg", Path, dmesg.Value.Data, clock.ElapsedMilliseconds, binary: false, dmesg.Value.Status, dmesg.Value.Reason);
                return;
            }
        }
        var kmsg = ReadKmsg(host.PathOf("/dev/kmsg"), recorder.Budget.Step(TimeSpan.FromSeconds(3)));
        if (kmsg.Ok && kmsg.Data.Length > 0)
        {
            recorder.Add("kernel log", "/dev/kmsg", Path, kmsg.Data, clock.ElapsedMilliseconds, binary: false, kmsg.Status, kmsg.Reason);
            return;
        }
        var reason = dmesg is { } d ? $"dmesg: {d.Reason ?? "no output"}; /dev/kmsg: {kmsg.Reason ?? "empty"}" : $"dmesg not found; /dev/kmsg: {kmsg.Reason ?? "empty"}";
        recorder.Note("kernel log", "dmesg, /dev/kmsg", kmsg.Status == SourceStatus.Ok ? SourceStatus.Absent : kmsg.Status, reason, clock.ElapsedMilliseconds);
    }

    /// <summary>Reads /dev/kmsg (or a file standing for it) until a read would block or <paramref name="timeout"/> passes.</summary>
    public static ReadResult ReadKmsg(string path, TimeSpan timeout)
    {
        if (UnbufferedFile.Open(path, out var openFailure) is not { } stream)
            return openFailure;
        var lines = new StringBuilder();
        var gate = new Lock();
        var done = new ManualResetEventSlim();
        var reader = new Thread(() =>
        {
            // Each read of /dev/kmsg returns one record; a regular file returns chunks, split on newlines below.
            var buffer = new byte[16 * 1024];
            var pending = "";
            try
            {
                int n;
                while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    pending += Encoding.UTF8.GetString(buffer, 0, n);
                    int nl;
                    while ((nl = pending.IndexOf('\n')) >= 0)
                    {
                        var record = pending[..nl];
                        pending = pending[(nl + 1)..];
                        if (Line(record) is { } line)
                            lock (gate) lines.Append(line).Append('\n');
                    }
                }
            }
            catch (IOException)
            {
                // EPIPE: records overwritten while reading; what was read stands.
            }
            catch (ObjectDisposedException)
            {
            }
            done.Set();
        }) { IsBackground = true, Name = "kmsg reader" };
        reader.Start();
        // The buffer is in memory: it is read in well under a second; the wait ends at the first idle stretch.
        var last = -1;
        var clock = Stopwatch.StartNew();
        while (!done.Wait(200) && clock.Elapsed < timeout)
        {
            int now;
            lock (gate) now = lines.Length;
            if (now == last && now > 0) break;
            last = now;
        }
        lock (gate)
            return new ReadResult(Encoding.UTF8.GetBytes(lines.ToString()), SourceStatus.Ok, null);
    }

    /// <summary><c>PRI,SEQ,USEC,FLAGS;text</c> → <c>[ SEC.USEC] text</c>; continuation lines (leading space) are dropped.</summary>
    private static string? Line(string record)
    {
        var semi = record.IndexOf(';');
        if (semi < 0) return null;
        var head = record[..semi].Split(',');
        if (head.Length < 3 || !long.TryParse(head[2], NumberStyles.None, CultureInfo.InvariantCulture, out var usec)) return null;
        return string.Create(CultureInfo.InvariantCulture, $"[{usec / 1_000_000,5}.{usec % 1_000_000:000000}] {record[(semi + 1)..]}");
    }
}

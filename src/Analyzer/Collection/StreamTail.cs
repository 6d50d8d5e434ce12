using System.Diagnostics;

namespace Analyzer.Collection;

/// <summary>
/// Reads a file that never ends (JuiceFS's <c>.accesslog</c>, a FUSE file whose reads block until the next record)
/// for a fixed time and keeps what arrived. Reads run on a background thread that is abandoned, never joined, when
/// the time is up (a read blocked in the kernel cannot be cancelled); a regular file at its end is polled, as
/// <c>tail -f</c> does.
/// </summary>
public static class StreamTail
{
    public static ReadResult Read(string path, TimeSpan duration, long cap)
    {
        if (UnbufferedFile.Open(path, out var openFailure) is not { } stream)
            return openFailure;
        var data = new MemoryStream();
        var gate = new Lock();
        var stop = false;
        var failure = (string?)null;
        var reader = new Thread(() =>
        {
            var chunk = new byte[64 * 1024];
            try
            {
                while (true)
                {
                    lock (gate)
                        if (stop || data.Length >= cap) break;
                    var n = stream.Read(chunk, 0, chunk.Length);
                    if (n == 0)
                    {
                        Thread.Sleep(200);
                        continue;
                    }
                    lock (gate)
                    {
                        if (stop) break;
                        data.Write(chunk, 0, (int)Math.Min(n, cap - data.Length));
                    }
                }
                stream.Dispose();
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException)
            {
                lock (gate) failure = e.Message;
            }
        }) { IsBackground = true, Name = "tail " + Path.GetFileName(path) };
        reader.Start();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration && reader.IsAlive)
            Thread.Sleep(TimeSpan.FromMilliseconds(Math.Min(100, Math.Max(1, (duration - clock.Elapsed).TotalMilliseconds))));
        lock (gate)
        {
            stop = true;
            var bytes = data.ToArray();
            if (failure is not null) return new ReadResult(bytes, SourceStatus.Failed, failure);
            return new ReadResult(bytes, bytes.Length >= cap ? SourceStatus.Truncated : SourceStatus.Ok, bytes.Length >= cap ? $"cut at {cap} bytes" : null);
        }
    }
}

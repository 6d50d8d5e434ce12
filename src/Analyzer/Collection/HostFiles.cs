namespace Analyzer.Collection;

/// <summary>
/// Reads the host's /proc, /sys, /dev and /etc below a root ("/" live, a fake tree in tests), each file bounded:
/// procfs files report size 0, so they are read to their end in chunks, never by their stated length.
/// </summary>
public sealed class HostFiles(string root)
{
    public const int DefaultCap = 16 * 1024 * 1024;

    public string Root { get; } = root;

    /// <summary>The real path of a host path such as <c>/proc/stat</c>.</summary>
    public string PathOf(string hostPath) => Path.Join(Root, hostPath.TrimStart('/'));

    public bool Exists(string hostPath) => File.Exists(PathOf(hostPath)) || Directory.Exists(PathOf(hostPath));

    public ReadResult Read(string hostPath, int cap = DefaultCap)
    {
        try
        {
            using var stream = new FileStream(PathOf(hostPath), FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.None);
            var buffer = new MemoryStream();
            var chunk = new byte[64 * 1024];
            int n;
            while (buffer.Length < cap && (n = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, cap - buffer.Length))) > 0)
                buffer.Write(chunk, 0, n);
            var cut = buffer.Length >= cap && stream.Read(chunk, 0, 1) > 0;
            return new ReadResult(buffer.ToArray(), cut ? SourceStatus.Truncated : SourceStatus.Ok, cut ? $"cut at {cap} bytes" : null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ReadResult.Of(e);
        }
    }

    /// <summary>The last <paramref name="bytes"/> of a regular file (a log that may be gigabytes), starting at a line.</summary>
    public ReadResult Tail(string hostPath, int bytes)
    {
        try
        {
            using var stream = new FileStream(PathOf(hostPath), FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1);
            var cut = stream.Length > bytes;
            if (cut) stream.Seek(-bytes, SeekOrigin.End);
            var data = new byte[cut ? bytes : stream.Length];
            stream.ReadExactly(data);
            // A record cut at its start would read as damage: begin at the first whole line.
            var start = cut ? Array.IndexOf(data, (byte)'\n') + 1 : 0;
            return new ReadResult(data[start..], SourceStatus.Ok, cut ? $"last {data.Length - start} bytes of {stream.Length}" : null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ReadResult.Of(e);
        }
    }

    /// <summary>The file's text, or null when it cannot be read.</summary>
    public string? Text(string hostPath)
    {
        var r = Read(hostPath);
        return r.Ok ? System.Text.Encoding.UTF8.GetString(r.Data) : null;
    }

    /// <summary>The numeric directories of /proc: every process id.</summary>
    public IReadOnlyList<int> Pids()
    {
        try
        {
            return Directory.EnumerateDirectories(PathOf("/proc"))
                .Select(d => int.TryParse(Path.GetFileName(d), out var pid) ? pid : -1)
                .Where(p => p > 0).Order().ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    /// <summary>The task (thread) ids of one process; the process id alone when its task folder cannot be listed.</summary>
    public IReadOnlyList<int> Tasks(int pid)
    {
        try
        {
            var tasks = Directory.EnumerateDirectories(PathOf($"/proc/{pid}/task"))
                .Select(d => int.TryParse(Path.GetFileName(d), out var tid) ? tid : -1)
                .Where(t => t > 0).Order().ToArray();
            return tasks.Length > 0 ? tasks : [pid];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [pid];
        }
    }
}

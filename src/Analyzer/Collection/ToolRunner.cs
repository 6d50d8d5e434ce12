using System.Diagnostics;
using System.Text;

namespace Analyzer.Collection;

/// <summary>
/// Runs the few read-only commands a capture uses (dmesg, zpool, lctl), found only in the given directories: with
/// none, no command runs (a fake root in tests). Each run has a timeout and a bounded output; a command still
/// running at its timeout is killed (it is ours, by its process id) and what it printed so far is kept.
/// </summary>
public sealed class ToolRunner(IReadOnlyList<string> toolDirs)
{
    public string? Find(string name)
    {
        foreach (var dir in toolDirs)
        {
            var path = Path.Join(dir, name);
            if (File.Exists(path)) return path;
        }
        return null;
    }

    public ReadResult Run(string name, IReadOnlyList<string> arguments, TimeSpan timeout, int cap = HostFiles.DefaultCap)
    {
        var path = Find(name);
        if (path is null) return new ReadResult([], SourceStatus.Absent, $"{name} not found");
        if (timeout <= TimeSpan.Zero) return new ReadResult([], SourceStatus.Skipped, "time budget spent");
        var info = new ProcessStartInfo(path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var a in arguments) info.ArgumentList.Add(a);
        // The C locale: dates and numbers in the layouts the parsers know.
        info.Environment["LC_ALL"] = "C";
        Process process;
        try
        {
            process = Process.Start(info) ?? throw new IOException($"{name} did not start");
        }
        catch (Exception e) when (e is IOException or System.ComponentModel.Win32Exception or UnauthorizedAccessException)
        {
            return new ReadResult([], SourceStatus.Failed, e.Message);
        }
        using (process)
        {
            process.StandardInput.Close();
            var output = new MemoryStream();
            var copy = Task.Run(() => CopyBounded(process.StandardOutput.BaseStream, output, cap));
            var error = Task.Run(() => process.StandardError.ReadToEnd());
            var finished = process.WaitForExit(timeout);
            if (!finished)
            {
                try
                {
                    process.Kill(entireProcessTree: true);
                }
                catch (InvalidOperationException)
                {
                    // It ended between the timeout and the kill.
                }
                process.WaitForExit(TimeSpan.FromSeconds(2));
            }
            copy.Wait(TimeSpan.FromSeconds(2));
            var data = output.ToArray();
            if (!finished) return new ReadResult(data, SourceStatus.TimedOut, $"{name} still running after {timeout.TotalSeconds:0.#} s; killed");
            var stderr = error.Wait(TimeSpan.FromSeconds(1)) ? error.Result.Trim() : "";
            if (process.ExitCode != 0)
            {
                var denied = stderr.Contains("not permitted", StringComparison.OrdinalIgnoreCase) || stderr.Contains("denied", StringComparison.OrdinalIgnoreCase);
                var reason = $"{name} exited {process.ExitCode}" + (stderr.Length > 0 ? $": {FirstLine(stderr)}" : "");
                return new ReadResult(data, denied ? SourceStatus.Denied : SourceStatus.Failed, reason);
            }
            return new ReadResult(data, copy.IsCompletedSuccessfully && copy.Result ? SourceStatus.Truncated : SourceStatus.Ok,
                copy.IsCompletedSuccessfully && copy.Result ? $"output cut at {cap} bytes" : null);
        }
    }

    private static string FirstLine(string text) => text.Split('\n')[0];

    /// <summary>Copies at most <paramref name="cap"/> bytes, then drains the rest so the command is not blocked on a full pipe; true if cut.</summary>
    private static bool CopyBounded(Stream from, MemoryStream to, int cap)
    {
        var chunk = new byte[64 * 1024];
        var cut = false;
        int n;
        while ((n = from.Read(chunk, 0, chunk.Length)) > 0)
        {
            var keep = (int)Math.Min(n, cap - to.Length);
            if (keep > 0) to.Write(chunk, 0, keep);
            if (keep < n) cut = true;
        }
        return cut;
    }

    public static string Utf8(ReadResult r) => Encoding.UTF8.GetString(r.Data);
}

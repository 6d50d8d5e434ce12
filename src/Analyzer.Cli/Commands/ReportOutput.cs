using System.Text;

namespace Analyzer.Cli.Commands;

/// <summary>
/// Writes the report to <c>--output</c> so that no failure can destroy anything: the target is checked before the
/// analysis runs (not empty, not the bundle, not a symbolic link), the text goes to a temporary file beside it, and
/// only a complete, flushed file is renamed over the target. A full disk leaves the previous report in place.
/// A symbolic link at the target is refused rather than followed: following it would write wherever the link points
/// (another user's file, the bundle); replacing it would silently turn a link the user made into a file.
/// </summary>
internal static class ReportOutput
{
    /// <summary>Why <paramref name="output"/> cannot receive the report of <paramref name="bundle"/>, or null.</summary>
    public static string? Refusal(string output, string bundle)
    {
        if (string.IsNullOrWhiteSpace(output)) return "--output needs a file name (it was empty)";
        string target;
        try
        {
            target = Path.GetFullPath(output);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return $"--output {output} is not a usable path: {e.Message}";
        }
        if (Directory.Exists(target)) return $"--output {output} is a directory";
        var info = new FileInfo(target);
        if (info.LinkTarget is not null)
            return $"--output {output} is a symbolic link (to {info.LinkTarget}); triage does not write through links, name the file itself";
        if (SameFile(target, bundle)) return $"--output {output} is the bundle being analyzed; it would be overwritten";
        return null;
    }

    /// <summary>Writes <paramref name="text"/> to <paramref name="output"/> through a temporary file and a rename.</summary>
    public static void Write(string output, string text) =>
        Write(output, stream => stream.Write(new UTF8Encoding(false).GetBytes(text)));

    /// <summary>Runs <paramref name="write"/> on a temporary file beside <paramref name="output"/>, then renames it over the target.</summary>
    public static void Write(string output, Action<Stream> write)
    {
        var target = Path.GetFullPath(output);
        var directory = Path.GetDirectoryName(target) ?? ".";
        var temp = Path.Combine(directory, $".{Path.GetFileName(target)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, target, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static bool SameFile(string target, string bundle)
    {
        string input;
        try
        {
            input = Path.GetFullPath(bundle);
            // The bundle may be reached through a link; the output check above already refuses links at the target.
            if (new FileInfo(input).ResolveLinkTarget(returnFinalTarget: true) is { } resolved) input = resolved.FullName;
        }
        catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
        {
            return false;
        }
        return string.Equals(Path.TrimEndingDirectorySeparator(input), Path.TrimEndingDirectorySeparator(target), StringComparison.Ordinal);
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The temporary file is ours and dot-named; failing to remove it must not hide the write error itself.
        }
    }
}

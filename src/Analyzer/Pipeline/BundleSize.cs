namespace Analyzer.Pipeline;

/// <summary>The size of a bundle as the report header states it: a file's length, or the sum of a directory's files.</summary>
internal static class BundleSize
{
    /// <summary>Bytes on disk, or null when the path is neither a file nor a directory (standard input, gone).</summary>
    public static long? Of(string path)
    {
        try
        {
            if (File.Exists(path))
                return new FileInfo(path).Length;
            if (!Directory.Exists(path))
                return null;
            // Links are not followed, as the bundle reader does not follow them either.
            var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = true };
            return new DirectoryInfo(path).EnumerateFiles("*", options).Sum(f => f.Length);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}

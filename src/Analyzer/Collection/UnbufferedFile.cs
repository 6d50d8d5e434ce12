namespace Analyzer.Collection;

/// <summary>
/// Opens a source that is read as it grows or one record per read (/dev/kmsg, .accesslog): no read-ahead buffer, and
/// shared with its writer. A failure to open is the source's result, not an exception.
/// </summary>
internal static class UnbufferedFile
{
    public static FileStream? Open(string path, out ReadResult failure)
    {
        failure = default;
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            failure = ReadResult.Of(e);
            return null;
        }
    }
}

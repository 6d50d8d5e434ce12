using System.Collections.Frozen;

namespace Analyzer.Families.JuiceFs.Parsers.JuiceFsAccessLog;

/// <summary>
/// The access log prints Go's errno text (`syscall.Errno.Error()`); reports and rules speak errno names. Unknown
/// texts are kept as logged.
/// </summary>
internal static class ErrnoNames
{
    private static readonly FrozenDictionary<string, string> ByText = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["operation not permitted"] = "EPERM",
        ["no such file or directory"] = "ENOENT",
        ["no such process"] = "ESRCH",
        ["interrupted system call"] = "EINTR",
        ["input/output error"] = "EIO",
        ["no such device or address"] = "ENXIO",
        ["argument list too long"] = "E2BIG",
        ["bad file descriptor"] = "EBADF",
        ["resource temporarily unavailable"] = "EAGAIN",
        ["cannot allocate memory"] = "ENOMEM",
        ["permission denied"] = "EACCES",
        ["device or resource busy"] = "EBUSY",
        ["file exists"] = "EEXIST",
        ["invalid cross-device link"] = "EXDEV",
        ["no such device"] = "ENODEV",
        ["not a directory"] = "ENOTDIR",
        ["is a directory"] = "EISDIR",
        ["invalid argument"] = "EINVAL",
        ["too many open files in system"] = "ENFILE",
        ["too many open files"] = "EMFILE",
        ["file too large"] = "EFBIG",
        ["no space left on device"] = "ENOSPC",
        ["illegal seek"] = "ESPIPE",
        ["read-only file system"] = "EROFS",
        ["too many links"] = "EMLINK",
        ["numerical result out of range"] = "ERANGE",
        ["result too large"] = "ERANGE",
        ["resource deadlock avoided"] = "EDEADLK",
        ["file name too long"] = "ENAMETOOLONG",
        ["no locks available"] = "ENOLCK",
        ["function not implemented"] = "ENOSYS",
        ["directory not empty"] = "ENOTEMPTY",
        ["no data available"] = "ENODATA",
        ["attribute not found"] = "ENOATTR",
        ["connection timed out"] = "ETIMEDOUT",
        ["operation timed out"] = "ETIMEDOUT",
        ["operation not supported"] = "ENOTSUP",
        ["disk quota exceeded"] = "EDQUOT",
        ["stale NFS file handle"] = "ESTALE",
        ["stale file handle"] = "ESTALE",
        ["connection refused"] = "ECONNREFUSED",
        ["software caused connection abort"] = "ECONNABORTED",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static string NameOf(string status) => ByText.TryGetValue(status, out var name) ? name : status;
}

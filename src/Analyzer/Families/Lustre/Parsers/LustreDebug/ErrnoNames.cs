namespace Analyzer.Families.Lustre.Parsers.LustreDebug;

/// <summary>Linux errno names for the return codes Lustre prints negated (rc = -110).</summary>
internal static class ErrnoNames
{
    private static readonly Dictionary<long, string> Names = new()
    {
        [1] = "EPERM", [2] = "ENOENT", [3] = "ESRCH", [4] = "EINTR", [5] = "EIO", [9] = "EBADF", [11] = "EAGAIN",
        [12] = "ENOMEM", [13] = "EACCES", [16] = "EBUSY", [17] = "EEXIST", [19] = "ENODEV", [22] = "EINVAL",
        [24] = "EMFILE", [28] = "ENOSPC", [30] = "EROFS", [34] = "ERANGE", [36] = "ENAMETOOLONG", [39] = "ENOTEMPTY",
        [61] = "ENODATA", [71] = "EPROTO", [75] = "EOVERFLOW", [95] = "EOPNOTSUPP", [103] = "ECONNABORTED",
        [104] = "ECONNRESET", [105] = "ENOBUFS", [107] = "ENOTCONN", [108] = "ESHUTDOWN", [110] = "ETIMEDOUT",
        [111] = "ECONNREFUSED", [112] = "EHOSTDOWN", [113] = "EHOSTUNREACH", [114] = "EALREADY", [115] = "EINPROGRESS",
        [116] = "ESTALE", [121] = "EREMOTEIO", [122] = "EDQUOT", [125] = "ECANCELED",
    };

    public static string Name(long? rc) => rc is { } v && Names.TryGetValue(-v, out var name) ? name : "";
}

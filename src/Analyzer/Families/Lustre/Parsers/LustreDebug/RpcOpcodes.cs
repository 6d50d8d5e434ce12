namespace Analyzer.Families.Lustre.Parsers.LustreDebug;

/// <summary>
/// Names of the RPC opcodes a request dump prints as `oN->` (enum values of lustre_idl.h / lustre_user.h); the
/// common ones only: an unknown number stays a number.
/// </summary>
internal static class RpcOpcodes
{
    private static readonly Dictionary<long, string> Names = new()
    {
        [1] = "OST_GETATTR", [2] = "OST_SETATTR", [3] = "OST_READ", [4] = "OST_WRITE", [5] = "OST_CREATE",
        [6] = "OST_DESTROY", [7] = "OST_GET_INFO", [8] = "OST_CONNECT", [9] = "OST_DISCONNECT", [10] = "OST_PUNCH",
        [13] = "OST_STATFS", [16] = "OST_SYNC", [17] = "OST_SET_INFO", [19] = "OST_QUOTACTL", [21] = "OST_LADVISE",
        [22] = "OST_FALLOCATE", [23] = "OST_SEEK",
        [33] = "MDS_GETATTR", [34] = "MDS_GETATTR_NAME", [35] = "MDS_CLOSE", [36] = "MDS_REINT", [37] = "MDS_READPAGE",
        [38] = "MDS_CONNECT", [39] = "MDS_DISCONNECT", [40] = "MDS_GET_ROOT", [41] = "MDS_STATFS", [44] = "MDS_SYNC",
        [46] = "MDS_SET_INFO", [48] = "MDS_QUOTACTL", [49] = "MDS_GETXATTR", [50] = "MDS_SETXATTR",
        [101] = "LDLM_ENQUEUE", [102] = "LDLM_CONVERT", [103] = "LDLM_CANCEL", [104] = "LDLM_BL_CALLBACK",
        [105] = "LDLM_CP_CALLBACK", [106] = "LDLM_GL_CALLBACK", [107] = "LDLM_SET_INFO",
        [250] = "MGS_CONNECT", [251] = "MGS_DISCONNECT", [253] = "MGS_TARGET_REG", [256] = "MGS_CONFIG_READ",
        [400] = "OBD_PING", [401] = "OBD_LOG_CANCEL", [403] = "OBD_IDX_READ",
        [700] = "SEQ_QUERY", [900] = "FLD_QUERY", [1000] = "OUT_UPDATE",
    };

    public static string Name(long opcode) => Names.TryGetValue(opcode, out var name) ? name : "";
}

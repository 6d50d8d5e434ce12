namespace Analyzer.Families.JuiceFs.Parsers.JuiceFsClientLog;

/// <summary>
/// Which remote dependency a warning or error is about. Metadata-engine words win (an engine name, its default port,
/// transactions, sessions) because they are specific; then the object-storage data path (chunk keys, HTTP verbs,
/// upload/download, provider names); a bare network failure (`timeout`, `connection refused`) with neither is
/// counted against the object store, the client's other remote peer.
/// </summary>
internal static class ComponentClassifier
{
    public const string ObjectStorage = "object-storage";
    public const string MetadataEngine = "metadata-engine";
    public const string Other = "other";

    private static readonly string[] MetaWords =
    [
        "redis", "tikv", "mysql", "postgres", "sqlite", "etcd", "badger", "foundationdb", "fdb:", "meta ", "meta:", "metadata",
        "txn", "transaction", "session", "sql:", "pd server", "region error", "deadlock found", "lock wait timeout",
        ":6379", ":2379", ":3306", ":5432", ":4000", ":26379", "sentinel", "tidb",
    ];

    private static readonly string[] ObjectWords =
    [
        "chunks/", "object", "upload", "download", "s3", "oss", "minio", "bucket", "storage", "blob", "nosuchkey",
        "slowdown", "requesttimeout", "status code", "statuscode", "http", "block ", "cos:", "gcs", "ceph", "swift",
    ];

    /// <summary>HTTP verbs as the object client logs them (`GET chunks/...`): upper case only, so `input` is no `put`.</summary>
    private static readonly string[] Verbs = ["GET ", "PUT ", "DELETE ", "HEAD ", "LIST "];

    private static readonly string[] NetworkWords =
    [
        "timeout", "timed out", "connection refused", "connection reset", "broken pipe", "no route to host", "eof",
    ];

    public static string Classify(ReadOnlySpan<char> message)
    {
        if (ContainsAny(message, MetaWords)) return MetadataEngine;
        if (ContainsAny(message, ObjectWords) || ContainsVerb(message)) return ObjectStorage;
        if (ContainsAny(message, NetworkWords)) return ObjectStorage;
        return Other;
    }

    /// <summary>A word at a word start (`loss` holds no `oss`), case-insensitive.</summary>
    private static bool ContainsAny(ReadOnlySpan<char> message, string[] words)
    {
        foreach (var w in words)
        {
            var from = 0;
            while (from < message.Length)
            {
                var at = message[from..].IndexOf(w, StringComparison.OrdinalIgnoreCase);
                if (at < 0) break;
                at += from;
                if (at == 0 || !char.IsAsciiLetter(message[at - 1]) || !char.IsAsciiLetter(w[0]))
                    return true;
                from = at + 1;
            }
        }
        return false;
    }

    private static bool ContainsVerb(ReadOnlySpan<char> message)
    {
        foreach (var v in Verbs)
        {
            var at = message.IndexOf(v, StringComparison.Ordinal);
            if (at == 0 || (at > 0 && !char.IsAsciiLetter(message[at - 1])))
                return true;
        }
        return false;
    }
}

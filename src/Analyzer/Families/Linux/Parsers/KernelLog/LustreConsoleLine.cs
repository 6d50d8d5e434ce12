using System.Text.RegularExpressions;
using Analyzer.Text;

namespace Analyzer.Families.Linux.Parsers.KernelLog;

/// <summary>
/// Classifies Lustre/LNet console messages (formats.md §8.1 console form: `Lustre: `, `LustreError: `, `LNet: `,
/// `LNetError: `, optionally `PID:EXTPID:(file:line:func()) `) into a kind and a target. Only lines that start with
/// those tags reach here, so Regex cost is paid on Lustre lines only.
/// </summary>
internal static partial class LustreConsoleLine
{
    public static bool IsLustre(ReadOnlySpan<char> p) =>
        p.Length > 6 && p[0] is 'L' && (p.StartsWith("Lustre: ") || p.StartsWith("LustreError: ") || p.StartsWith("LNet: ") || p.StartsWith("LNetError: "));

    /// <summary>`LustreError: PID:0:(file:line:func()) ASSERTION( cond ) failed: ...` or `... LBUG` (libcfs LASSERT/LBUG).</summary>
    public static bool IsAssertion(ReadOnlySpan<char> p) =>
        p.StartsWith("LustreError: ") && (p.Contains("ASSERTION(", StringComparison.Ordinal) || p.EndsWith(" LBUG") || p.EndsWith(") LBUG"));

    /// <summary>
    /// `Lustre: Skipped 3 previous similar messages` or, with the location, `Lustre: 8465:0:(client.c:1868:
    /// ptlrpc_expire_one_request()) Skipped 7 previous similar messages`: the count to add to the previous kind.
    /// </summary>
    public static bool TrySkipped(ReadOnlySpan<char> p, out long skipped)
    {
        skipped = 0;
        var at = p.IndexOf("Skipped ");
        if (at < 0 || !SpanNumbers.TryLeading(p[(at + 8)..], out skipped, out var len))
            return false;
        return p[(at + 8 + len)..].StartsWith(" previous similar message");
    }

    /// <summary>Kind and target of a message, or false for informational lines (mounts, recovery progress).</summary>
    public static bool TryClassify(string p, out string kind, out string target, out string? nid)
    {
        var isError = p.StartsWith("LustreError: ", StringComparison.Ordinal);
        var isLnetError = p.StartsWith("LNetError: ", StringComparison.Ordinal);
        var location = Location().Match(p);
        nid = null;
        target = "";
        if (p.Contains("Connection to ", StringComparison.Ordinal) && p.Contains(" was lost", StringComparison.Ordinal))
        {
            kind = "connection-lost";
            target = Between(p, "Connection to ", " ");
        }
        else if (p.Contains("Connection restored to ", StringComparison.Ordinal))
        {
            kind = "connection-restored";
            target = Between(p, "Connection restored to ", " ");
        }
        else if (p.Contains("Timed out tx", StringComparison.Ordinal) || p.Contains("Timed out RDMA", StringComparison.Ordinal)
                 || (isLnetError && p.Contains("timed out", StringComparison.OrdinalIgnoreCase)))
        {
            // o2iblnd kiblnd_check_txs_locked / kiblnd_check_conns, socklnd timeouts: the peer NID is the target.
            kind = "lnet-timeout";
            target = LustreNid.After(p, "with ").ToString();
        }
        else if (p.Contains("Service thread pid ", StringComparison.Ordinal) && p.Contains(" was inactive for ", StringComparison.Ordinal))
            kind = "thread-inactive"; // the ptlrpc watchdog: a server thread hung (or slow) for that long
        else if (p.Contains("evict", StringComparison.Ordinal))
        {
            kind = "eviction";
            target = p.Contains("evicted by ", StringComparison.Ordinal) ? Between(p, "evicted by ", ";").TrimEnd('.') : "";
        }
        else if (p.Contains("@@@ Request sent has failed due to network error", StringComparison.Ordinal))
            kind = "network-error";
        else if (p.Contains("@@@ Request", StringComparison.Ordinal) && p.Contains("timed out", StringComparison.Ordinal))
            kind = "request-timeout"; // "Request sent has timed out for ...", old "Request x... sent from X to NID N ... has timed out"
        else if (isLnetError)
            kind = "lnet-error";
        else if (isError)
            kind = "lustre-error";
        else
        {
            kind = "";
            return false;
        }

        if (target.Length == 0 && TryImport(p, out var import, out var importNid))
        {
            target = import; // "o400->DIAS-OST0002-osc-ffff9d6153c91000@192.168.14.178@tcp:28/4"
            nid = importNid;
        }
        if (target.Length == 0)
        {
            var obd = ObdName().Match(p);
            target = obd.Success ? obd.Value : location.Success ? location.Groups["loc"].Value : "lustre";
        }
        target = Normalise(target);
        if (nid is null)
        {
            var named = LustreNid.After(p, "(at ");
            if (named.IsEmpty) named = LustreNid.After(p, "to NID ");
            if (named.IsEmpty) named = LustreNid.First(p);
            nid = named.IsEmpty ? null : named.ToString();
        }
        return true;
    }

    /// <summary>
    /// The request of a ptlrpc dump, ` oN->IMPORT@NID:portal/portal`: the import's name up to its first '@' (an MGC
    /// import is named after its NID) and the NID, read whole.
    /// </summary>
    private static bool TryImport(string p, out string target, out string nid)
    {
        target = nid = "";
        for (var arrow = p.IndexOf("->", StringComparison.Ordinal); arrow > 1; arrow = p.IndexOf("->", arrow + 2, StringComparison.Ordinal))
        {
            var o = arrow;
            while (o > 0 && char.IsAsciiDigit(p[o - 1])) o--;
            if (o == arrow || o == 0 || p[o - 1] != 'o')
                continue;
            var rest = p.AsSpan(arrow + 2);
            var space = rest.IndexOf(' ');
            var token = space < 0 ? rest : rest[..space];
            var portal = token.LastIndexOf(':');
            if (portal > 0)
                token = token[..portal];
            if (!LustreNid.TrySplitImport(token, out var import, out var nidText) || import.IsEmpty)
                return false;
            var at = import.IndexOf('@');
            target = (at > 0 ? import[..at] : import).ToString();
            nid = nidText.ToString();
            return true;
        }
        return false;
    }

    /// <summary>`DIAS-OST0001-osc-ffff9d6153c91000` names the client's import of `DIAS-OST0001`: keep the target.</summary>
    private static string Normalise(string target)
    {
        foreach (var suffix in (ReadOnlySpan<string>)["-osc-", "-mdc-", "-lwp-", "-osp-", "-mgc-"])
        {
            var at = target.IndexOf(suffix, StringComparison.Ordinal);
            if (at > 0)
                return target[..at];
        }
        return target.TrimEnd(':', ',');
    }

    private static string Between(string s, string start, string end)
    {
        var a = s.IndexOf(start, StringComparison.Ordinal);
        if (a < 0) return "";
        a += start.Length;
        var b = s.IndexOf(end, a, StringComparison.Ordinal);
        return b < 0 ? s[a..] : s[a..b];
    }

    [GeneratedRegex(@"\((?<loc>[^():]+:[0-9]+:[A-Za-z0-9_]+)\(\)\)", RegexOptions.CultureInvariant)]
    private static partial Regex Location();

    [GeneratedRegex(@"\b[A-Za-z0-9_]{1,16}-(?:OST|MDT)[0-9a-fA-F]{4}\b|\bMG[SC][^\s:;,]*", RegexOptions.CultureInvariant)]
    private static partial Regex ObdName();
}

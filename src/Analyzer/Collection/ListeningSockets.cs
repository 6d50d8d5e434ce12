using System.Globalization;
using System.Net;

namespace Analyzer.Collection;

/// <summary>
/// What one process listens on, from /proc alone (no lsof, no ss): the socket inodes its descriptors point to
/// (<c>/proc/PID/fd/N -> socket:[INODE]</c>), matched to the listening rows of the process's own network namespace
/// (<c>/proc/PID/net/tcp</c>, <c>tcp6</c>, <c>unix</c>); plus Juju's <c>/tmp/pprof.&lt;name&gt;.&lt;pid&gt;</c> sockets.
/// </summary>
public static class ListeningSockets
{
    private const string TcpListen = "0A";
    private const int AcceptConnections = 0x10000; // __SO_ACCEPTCON in /proc/net/unix's Flags

    /// <summary>The endpoints, or the reason none could be listed.</summary>
    public static (IReadOnlyList<GoEndpoint> Endpoints, string? Problem) Of(HostFiles host, int pid)
    {
        var inodes = new HashSet<long>();
        string? problem = null;
        try
        {
            foreach (var fd in Directory.EnumerateFileSystemEntries(host.PathOf($"/proc/{pid}/fd")))
            {
                var target = new FileInfo(fd).LinkTarget;
                if (target is not null && target.StartsWith("socket:[", StringComparison.Ordinal) && target.EndsWith(']')
                    && long.TryParse(target.AsSpan(8, target.Length - 9), NumberStyles.None, CultureInfo.InvariantCulture, out var inode))
                    inodes.Add(inode);
            }
        }
        catch (DirectoryNotFoundException)
        {
            return ([], $"no process {pid}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = $"/proc/{pid}/fd: {e.Message}";
        }
        var found = new List<GoEndpoint>();
        foreach (var table in new[] { "tcp", "tcp6" })
            if (host.Text($"/proc/{pid}/net/{table}") is { } text)
                found.AddRange(Tcp(text, inodes));
        if (host.Text($"/proc/{pid}/net/unix") is { } unix)
            found.AddRange(Unix(unix, inodes));
        found.AddRange(JujuSockets(host, pid).Where(j => found.All(f => f.UnixPath != j.UnixPath)));
        return (found.DistinctBy(e => e.ToString()).ToArray(), found.Count == 0 ? problem ?? $"process {pid} listens on no TCP port or unix socket" : null);
    }

    /// <summary>Listening rows whose inode is one of <paramref name="inodes"/>: <c>sl local rem st ... uid timeout inode</c>.</summary>
    public static IEnumerable<GoEndpoint> Tcp(string table, IReadOnlySet<long> inodes)
    {
        foreach (var line in table.Split('\n').Skip(1))
        {
            var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (f.Length < 10 || f[3] != TcpListen || !long.TryParse(f[9], out var inode) || !inodes.Contains(inode)) continue;
            var colon = f[1].IndexOf(':');
            if (colon < 0 || !int.TryParse(f[1].AsSpan(colon + 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var port)) continue;
            var address = Address(f[1][..colon]);
            if (address is null) continue;
            // A wildcard listener is reached on loopback.
            var host = address.Equals(IPAddress.Any) ? "127.0.0.1" : address.Equals(IPAddress.IPv6Any) ? "::1" : address.ToString();
            yield return GoEndpoint.Tcp(host, port);
        }
    }

    /// <summary>Listening stream sockets with a path: <c>Num RefCount Protocol Flags Type St Inode Path</c>.</summary>
    public static IEnumerable<GoEndpoint> Unix(string table, IReadOnlySet<long> inodes)
    {
        foreach (var line in table.Split('\n').Skip(1))
        {
            var f = line.Split(' ', 8, StringSplitOptions.RemoveEmptyEntries);
            if (f.Length < 8 || !long.TryParse(f[6], out var inode) || !inodes.Contains(inode)) continue;
            if (!int.TryParse(f[3], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var flags) || (flags & AcceptConnections) == 0 || f[4] != "0001") continue;
            yield return GoEndpoint.Unix(f[7].Trim());
        }
    }

    /// <summary>/proc/net/tcp prints each 32-bit word of the address in host (little-endian) byte order.</summary>
    private static IPAddress? Address(string hex)
    {
        if (hex.Length is not (8 or 32)) return null;
        var bytes = new byte[hex.Length / 2];
        for (var word = 0; word < hex.Length / 8; word++)
            for (var b = 0; b < 4; b++)
                bytes[word * 4 + b] = byte.Parse(hex.AsSpan(word * 8 + (3 - b) * 2, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        var ip = new IPAddress(bytes);
        return ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip;
    }

    private static IEnumerable<GoEndpoint> JujuSockets(HostFiles host, int pid)
    {
        string[] names;
        try
        {
            names = Directory.GetFileSystemEntries(host.PathOf("/tmp"), $"pprof.*.{pid}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            yield break;
        }
        foreach (var n in names.Order(StringComparer.Ordinal))
            yield return GoEndpoint.Unix(n); // below a test root, the socket is where the file is
    }
}

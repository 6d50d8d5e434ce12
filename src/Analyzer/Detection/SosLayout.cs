namespace Analyzer.Detection;

/// <summary>
/// sosreport's layout: everything sits under one top folder (`sosreport-HOST-DATE-RAND/`, also inside a nested
/// archive), below it the host's own paths (`proc/...`, `var/log/...`, `etc/...`), command outputs under
/// `sos_commands/PLUGIN/` named after the command line (`ps_auxwww`, `zpool_iostat_-vl`) and sos's own files under
/// `sos_reports/`, `sos_logs/`, `sos_strings/`. Parsers match names against <see cref="HostPath"/> so the same rule
/// finds `proc/spl/kstat/zfs/arcstats` in a sosreport, in a plain directory and in a tarball of /proc.
/// </summary>
public static class SosLayout
{
    private static readonly string[] TopFolderPrefixes = ["sosreport-", "sos-collector-", "sos-collect-"];

    /// <summary>The path below the sosreport's top folder; the path itself when it is not inside one.</summary>
    public static string HostPath(string path)
    {
        var start = 0;
        var result = path;
        while (start < path.Length)
        {
            var slash = path.IndexOf('/', start);
            if (slash < 0) break;
            var segment = path.AsSpan(start, slash - start);
            foreach (var prefix in TopFolderPrefixes)
                if (segment.StartsWith(prefix, StringComparison.Ordinal))
                    result = path[(slash + 1)..];
            start = slash + 1;
        }
        return result;
    }

    /// <summary>The top folder including its slash (`sosreport-x/`), or "" when the path is not inside one.</summary>
    public static string Root(string path)
    {
        var host = HostPath(path);
        return path[..(path.Length - host.Length)];
    }

    /// <summary>A command output of sos plugin <paramref name="plugin"/> whose file name starts with <paramref name="command"/> (`zpool_iostat`).</summary>
    public static bool IsCommandOutput(string hostPath, string plugin, string command)
    {
        var folder = "sos_commands/" + plugin + "/";
        var at = hostPath.IndexOf(folder, StringComparison.Ordinal);
        if (at < 0) return false;
        var name = hostPath.AsSpan(at + folder.Length);
        return name.IndexOf('/') < 0 && name.StartsWith(command, StringComparison.Ordinal);
    }

    /// <summary>The host path ends with <paramref name="suffix"/> as whole segments (`proc/spl/kstat/zfs/arcstats`).</summary>
    public static bool EndsWithSegments(string hostPath, string suffix) =>
        hostPath == suffix || hostPath.EndsWith("/" + suffix, StringComparison.Ordinal);
}

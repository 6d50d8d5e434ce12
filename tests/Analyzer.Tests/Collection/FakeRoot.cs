using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.Collection;

/// <summary>
/// A host tree for <c>--root</c>: /proc counters copied from the machine the tests run on, three processes (one in
/// D state inside ext4, with its real stack and status from the host-disk-busy fixture), the kernel log of the
/// kernel-hung-io fixture as /dev/kmsg records, the zfs-healthy kstats, a Lustre module folder, a JuiceFS mount made
/// of the juicefs-healthy capture, and a tools folder whose zpool and lctl print fixture captures. PSI for io is
/// left out on purpose, so the manifest has something absent to list.
/// </summary>
public sealed partial class FakeRoot : IDisposable
{
    [GeneratedRegex(@"^\[\s*(?<s>[0-9]+)\.(?<us>[0-9]{6})\] (?<text>.*)$")]
    private static partial Regex DmesgLine();

    public FakeRoot()
    {
        Dir = Path.Combine(Path.GetTempPath(), $"triage-fakeroot-{Guid.NewGuid():N}");
        Root = Path.Combine(Dir, "root");
        Tools = Path.Combine(Dir, "tools");
        Mount = Path.Combine(Dir, "jfs");
        Directory.CreateDirectory(Tools);
        Write("proc/sys/kernel/hostname", "db1.example.com\n");
        Write("proc/sys/kernel/osrelease", "6.1.0-28-amd64\n");
        foreach (var f in new[] { "stat", "diskstats", "vmstat", "meminfo", "uptime", "loadavg", "cpuinfo", "pressure/cpu", "pressure/memory" })
            Write($"proc/{f}", File.ReadAllText($"/proc/{f}"));
        Directory.CreateDirectory(Path.Combine(Root, "sys/block/vda"));
        Process(1, "systemd", 'S', "do_epoll_wait", "[<0>] do_epoll_wait+0x4d/0x70\n", "Name:\tsystemd\nState:\tS (sleeping)\nTgid:\t1\nPid:\t1\n");
        Process(7, "kworker/0:1", 'I', "worker_thread", "[<0>] worker_thread+0xbb/0x3a0\n", "Name:\tkworker/0:1\nState:\tI (idle)\nTgid:\t7\nPid:\t7\n");
        var disk = Path.Combine(RepoPaths.Fixtures, "host-disk-busy", "proc", "35");
        Process(35, "dd", 'D', "iomap_dio_rw", File.ReadAllText(Path.Combine(disk, "stack")), File.ReadAllText(Path.Combine(disk, "status")));
        Write("dev/kmsg", Kmsg(File.ReadAllText(Path.Combine(RepoPaths.Fixtures, "kernel-hung-io", "dmesg.txt"))));
        Write("etc/passwd", "root:x:0:0:root:/root:/bin/bash\nalice:x:1000:1000:Alice:/home/alice:/bin/bash\n");
        CopyTree(Path.Combine(RepoPaths.Fixtures, "zfs-healthy", "proc", "spl"), Path.Combine(Root, "proc", "spl"));
        Directory.CreateDirectory(Path.Combine(Root, "sys/fs/lustre"));
        Tool("zpool", $"""
            case "$1" in
              status) printf '  pool: tank\n state: ONLINE\nconfig:\n\n\tNAME        STATE     READ WRITE CKSUM\n\ttank        ONLINE       0     0     0\n\nerrors: No known data errors\n' ;;
              iostat) cat '{Path.Combine(RepoPaths.Fixtures, "zfs-healthy", "zpool-iostat-vl.txt")}' ;;
              *) exit 2 ;;
            esac
            """);
        Tool("lctl", $"""
            case "$1" in
              dk) cp '{Path.Combine(RepoPaths.Fixtures, "lustre-client-evicted", "lctl-dk.txt")}' "$2" ;;
              get_param) printf 'osc.lustre-OST0000-osc-ffff8d2bc2a4e000.stats=\nsnapshot_time             1773136800.000113 secs.usecs\nreq_waittime              1200 samples [usec] 52 1803 112004\n' ;;
              *) exit 2 ;;
            esac
            """);
        var jfs = Path.Combine(RepoPaths.Fixtures, "juicefs-healthy", "mnt-jfs-20250210080200");
        Directory.CreateDirectory(Mount);
        File.Copy(Path.Combine(jfs, "mnt-jfs.accesslog"), Path.Combine(Mount, ".accesslog"));
        File.Copy(Path.Combine(jfs, "stats.txt"), Path.Combine(Mount, ".stats"));
        // A pid no process has: the mount's pprof port cannot be found, and the manifest must say so.
        File.WriteAllText(Path.Combine(Mount, ".config"), """{"Meta":{"Strict":true},"Pid":2147483000,"PPid":1}""");
        Write("var/log/juicefs.log", File.ReadAllText(Path.Combine(jfs, "juicefs.log")));
    }

    public string Dir { get; }
    public string Root { get; }
    public string Tools { get; }
    public string Mount { get; }

    private void Process(int pid, string comm, char state, string wchan, string stack, string status)
    {
        var stat = string.Create(CultureInfo.InvariantCulture, $"{pid} ({comm}) {state} 0 {pid} {pid} 0 -1 4194560 100 0 0 0 1 2 0 0 20 0 1 0 100 1000 10\n");
        foreach (var dir in new[] { $"proc/{pid}", $"proc/{pid}/task/{pid}" })
        {
            Write($"{dir}/stat", stat);
            Write($"{dir}/stack", stack);
            Write($"{dir}/status", status);
        }
        Write($"proc/{pid}/wchan", wchan);
        Write($"proc/{pid}/comm", comm + "\n");
    }

    /// <summary>dmesg's <c>[ s.us] text</c> lines as /dev/kmsg records <c>PRI,SEQ,USEC,-;text</c>.</summary>
    private static string Kmsg(string dmesg)
    {
        var b = new StringBuilder();
        var seq = 0;
        foreach (var line in dmesg.Split('\n'))
            if (DmesgLine().Match(line) is { Success: true } m)
                b.Append(CultureInfo.InvariantCulture, $"6,{seq++},{long.Parse(m.Groups["s"].Value, CultureInfo.InvariantCulture) * 1_000_000 + long.Parse(m.Groups["us"].Value, CultureInfo.InvariantCulture)},-;{m.Groups["text"].Value}\n");
        return b.ToString();
    }

    private void Tool(string name, string body)
    {
        var path = Path.Combine(Tools, name);
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        if (!OperatingSystem.IsWindows()) // triage collect reads Linux hosts; the tests run on Linux
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose() => Directory.Delete(Dir, recursive: true);
}

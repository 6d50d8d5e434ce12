using Analyzer.Bundles;
using Analyzer.Detection;

namespace Analyzer.Tests.Bundles;

/// <summary>
/// Which member paths a big bundle reads first and past the entry cap. Names come from the parsers' own name rules;
/// folders from the collectors' layouts (sosreport, hotsos-style per-host trees, juicefs debug).
/// </summary>
public sealed class EvidencePathsTests
{
    private static readonly EvidencePaths Paths = new(ParserRegistry.Default);

    [Theory]
    [InlineData("dmesg")]
    [InlineData("host1/var/log/kern.log.1")]
    [InlineData("kern.log.2.gz")]
    [InlineData("syslog")]
    [InlineData("messages-20240301")]
    [InlineData("journal.txt")]
    [InlineData("diag/ipfs.stacks")]
    [InlineData("goroutine?debug=2")]
    [InlineData("juicefs-debug/goroutine.txt")]
    [InlineData("pprof.juicefs.samples.cpu.001.pb.gz")]
    [InlineData("host/proc/spl/kstat/zfs/arcstats")]
    [InlineData("host/proc/spl/kstat/zfs/tank/txgs")]
    [InlineData("proc/spl/kstat/zfs/dbgmsg")]
    [InlineData("iostat-x-1.txt")]
    [InlineData("vmstat.out")]
    [InlineData("ps_auxwww")]
    [InlineData("top-b-n1.txt")]
    [InlineData("meminfo")]
    [InlineData("free_-m")]
    [InlineData("loadavg")]
    [InlineData("cpuinfo")]
    [InlineData("node7/proc/pressure/io")]
    [InlineData("node7/proc/4242/status")]
    [InlineData("sosreport-db1-2024-03-01-abcd/sos_reports/manifest.json")]
    [InlineData("juicefs-debug/system-info.log")]
    public void Names_a_parser_knows_come_first(string path) =>
        Assert.Equal(EntryPriority.Named, Paths.Of(path));

    [Theory]
    [InlineData("sosreport-db1-2024-03-01-abcd/sos_commands/networking/ip_-s_link")]
    [InlineData("hostB/sos_commands/block/lsblk")]
    [InlineData("hostB/proc/mounts")]
    [InlineData("var/log/apt/history.log.cfg")]
    [InlineData("juicefs-debug/pprof/something")]
    [InlineData("juicefs-debug/config.txt")]
    [InlineData("service/app.log")]
    [InlineData("hostC/sosreport-hostC.tar.xz")]
    [InlineData("archive.zip")]
    public void Collector_layouts_and_archives_come_next(string path) =>
        Assert.Equal(EntryPriority.Layout, Paths.Of(path));

    [Theory]
    [InlineData("hostB/etc/ssh/sshd_config")]
    [InlineData("hostB/usr/share/doc/readme")]
    [InlineData("topology.cfg")]
    [InlineData("status")]
    [InlineData("pictures/goroutine.svg")]
    public void Everything_else_comes_last(string path) =>
        Assert.Equal(EntryPriority.Other, Paths.Of(path));
}

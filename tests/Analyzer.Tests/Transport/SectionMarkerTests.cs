using Analyzer.Transport;

namespace Analyzer.Tests.Transport;

public sealed class SectionMarkerTests
{
    [Theory]
    [InlineData("==> /proc/123/stack <==", "/proc/123/stack", null)]
    [InlineData("$ cat /proc/spl/kstat/zfs/tank/txgs", "/proc/spl/kstat/zfs/tank/txgs", "cat /proc/spl/kstat/zfs/tank/txgs")]
    [InlineData("root@host:~# iostat -x 1", "iostat", "iostat -x 1")]
    [InlineData("[user@host ~]$ ps aux", "ps", "ps aux")]
    [InlineData("user@db1:/var/log$ sudo cat /proc/spl/kstat/zfs/arcstats", "/proc/spl/kstat/zfs/arcstats", "sudo cat /proc/spl/kstat/zfs/arcstats")]
    public void Recognises_markers_and_prompts(string line, string name, string? command)
    {
        Assert.True(SectionMarker.TryParse(line, out var n, out var c));
        Assert.Equal(name, n);
        Assert.Equal(command, c);
    }

    [Theory]
    [InlineData("goroutine 1 [running]:")]
    [InlineData("# a comment")]
    [InlineData("user@example.com wrote:")]
    [InlineData("MemTotal:       16318480 kB")]
    public void Leaves_other_lines_alone(string line) => Assert.False(SectionMarker.TryParse(line, out _, out _));
}

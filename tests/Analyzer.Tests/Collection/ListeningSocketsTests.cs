using Analyzer.Collection;

namespace Analyzer.Tests.Collection;

/// <summary>The /proc/net tables as the kernel prints them (rows copied from a Linux 6.x host).</summary>
public sealed class ListeningSocketsTests
{
    [Fact]
    public void Tcp_rows_of_the_process_inodes_in_listen_state_become_endpoints()
    {
        const string tcp = """
              sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
               0: 0100007F:1771 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 31337 1 0000000074711bd7 100 0 0 10 0
               1: 00000000:07E8 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 1587 1 0000000074711bd7 100 0 0 10 0
               2: 0100007F:1771 0100007F:D3A2 01 00000000:00000000 00:00000000 00000000     0        0 31338 1 0000000074711bd7 20 4 30 10 -1
            """;
        var found = ListeningSockets.Tcp(tcp, new HashSet<long> { 31337, 31338 }).Select(e => e.ToString()).ToArray();
        // 0x1771 = 6001 on 127.0.0.1; the established row (st 01) of the same process is not a listener.
        Assert.Equal(["http://127.0.0.1:6001"], found);
        Assert.Equal(["http://127.0.0.1:2024"], ListeningSockets.Tcp(tcp, new HashSet<long> { 1587 }).Select(e => e.ToString()));
    }

    [Fact]
    public void Tcp6_wildcard_listeners_are_reached_on_loopback()
    {
        const string tcp6 = """
              sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
               0: 00000000000000000000000000000000:17AC 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 4242 1 0000000000000000 100 0 0 10 0
            """;
        Assert.Equal(["http://[::1]:6060"], ListeningSockets.Tcp(tcp6, new HashSet<long> { 4242 }).Select(e => e.ToString()));
    }

    [Fact]
    public void Unix_listeners_with_a_path_become_endpoints()
    {
        const string unix = """
            Num       RefCount Protocol Flags    Type St Inode Path
            00000000c721a112: 00000002 00000000 00010000 0001 01 1079508 /tmp/pprof.jujud.5276
            00000000ca52f142: 00000003 00000000 00000000 0001 03 1079509 /tmp/pprof.jujud.5276
            00000000ca52f143: 00000002 00000000 00010000 0001 01 2000000 /run/other.sock
            """;
        Assert.Equal(["unix:/tmp/pprof.jujud.5276"], ListeningSockets.Unix(unix, new HashSet<long> { 1079508, 1079509 }).Select(e => e.ToString()));
    }
}

using Analyzer.Transport.Unwrappers;

namespace Analyzer.Tests.Transport;

public sealed class JournalMonotonicUnwrapperTests
{
    [Theory]
    [InlineData("[12345.678901] host app[42]: panic: boom", "app", "panic: boom")]
    [InlineData("[    1.000002] host kernel: Linux version 6.1", "kernel", "Linux version 6.1")]
    [InlineData("[  640.117263] app[77]: goroutine 1 [running]:", "app", "goroutine 1 [running]:")]
    public void Unwraps(string line, string program, string payload)
    {
        var u = Unwrap.Must(JournalMonotonicUnwrapper.Instance, line);
        Assert.Equal(payload, u.Payload);
        Assert.Equal(program, u.Program);
    }

    [Theory]
    [InlineData("[ 6141.921740] usb 1-1: new high-speed USB device number 2")] // dmesg: the kernel parser's own stamp
    [InlineData("[ 6141.921740] INFO: task kworker/u16:2:98 blocked for more than 120 seconds.")]
    [InlineData("[  240.] sd 0:0:0:0: [sda] tag#0 FAILED")]
    public void Keeps_dmesg_stamps(string line) => Assert.Null(Unwrap.Of(JournalMonotonicUnwrapper.Instance, line));
}

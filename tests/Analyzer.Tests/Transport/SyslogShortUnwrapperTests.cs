using Analyzer.Transport.Unwrappers;

namespace Analyzer.Tests.Transport;

public sealed class SyslogShortUnwrapperTests
{
    private static readonly SyslogShortUnwrapper U = SyslogShortUnwrapper.Instance;

    [Theory]
    [InlineData("Dec 02 10:00:01 host app[42]: panic: boom", "app[42]", "app", "panic: boom")]                  // journalctl -o short
    [InlineData("Dec 02 10:00:01.123456 host app[42]: \tmain.go:12 +0x1d", "app[42]", "app", "\tmain.go:12 +0x1d")] // short-precise
    [InlineData("May  3 06:24:16 db1 kernel: [ 6141.921740] INFO: task", "kernel", "kernel", "[ 6141.921740] INFO: task")] // RFC 3164, dmesg stamp kept
    [InlineData("Dec  2 10:00:01 app[42]: goroutine 1 [running]:", "app[42]", "app", "goroutine 1 [running]:")]       // no host
    [InlineData("<13>Dec  2 10:00:01 host app: hello", "app", "app", "hello")]                                         // with PRI
    [InlineData("Dec  2 10:00:01 host kern.warn kernel: Call Trace:", "kernel", "kernel", "Call Trace:")]           // facility.level
    [InlineData("Dec 02 10:00:01 host app[42]:", "app[42]", "app", "")]                                                  // empty message
    public void Unwraps(string line, string tag, string program, string payload)
    {
        var u = Unwrap.Must(U, line);
        Assert.Equal(payload, u.Payload);
        Assert.Equal(tag, u.Tag);
        Assert.Equal(program, u.Program);
    }

    [Theory]
    [InlineData("fatal error: all goroutines are asleep - deadlock!")]
    [InlineData("goroutine 1 [running]:")]
    [InlineData("Dec 02 10:00:01 no tag here")]
    [InlineData("[ 6141.921740] usb 1-1: new high-speed USB device")]
    public void Leaves_other_lines_alone(string line) => Assert.Null(Unwrap.Of(U, line));
}

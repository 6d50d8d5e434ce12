using Analyzer.Transport.Unwrappers;

namespace Analyzer.Tests.Transport;

public sealed class SyslogIsoUnwrapperTests
{
    private static readonly SyslogIsoUnwrapper U = SyslogIsoUnwrapper.Instance;

    [Theory]
    [InlineData("2024-12-02T10:00:01+0000 host app[42]: panic: boom", "app", "panic: boom")]                 // short-iso
    [InlineData("2024-12-02T10:00:01.123456+01:00 host app[42]: goroutine 1 [running]:", "app", "goroutine 1 [running]:")] // short-iso-precise
    [InlineData("2024-12-02T10:00:01.123456Z web1 kernel: [  12.3] Call Trace:", "kernel", "[  12.3] Call Trace:")] // rsyslog ISO
    [InlineData("2024-12-02T10:00:01Z juicefs[1234]: fatal error: x", "juicefs", "fatal error: x")]           // no host, pid
    public void Unwraps(string line, string program, string payload)
    {
        var u = Unwrap.Must(U, line);
        Assert.Equal(payload, u.Payload);
        Assert.Equal(program, u.Program);
    }

    [Theory]
    [InlineData("2024-12-02T10:00:01Z INFO: server started")] // an application's own level, not a tag
    [InlineData("2024-12-02 10:00:01 host app[1]: x")]       // no T: not this shape
    [InlineData("goroutine 7 [select]:")]
    public void Leaves_other_lines_alone(string line) => Assert.Null(Unwrap.Of(U, line));
}

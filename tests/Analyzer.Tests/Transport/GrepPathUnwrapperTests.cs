using Analyzer.Transport.Unwrappers;

namespace Analyzer.Tests.Transport;

public sealed class GrepPathUnwrapperTests
{
    [Theory]
    [InlineData("/var/log/kern.log:Dec  2 10:00:01 host kernel: INFO: task jbd2/sda1-8:412 blocked for more than 120 seconds.", "/var/log/kern.log", "Dec  2 10:00:01 host kernel: INFO: task jbd2/sda1-8:412 blocked for more than 120 seconds.")]
    [InlineData("kern.log.1:[  12.5] Call Trace:", "kern.log.1", "[  12.5] Call Trace:")]
    [InlineData("./logs/juicefs.log:12:2025/06/11 14:02:10.118204 juicefs[3817] <INFO>: ok", "./logs/juicefs.log", "12:2025/06/11 14:02:10.118204 juicefs[3817] <INFO>: ok")]
    [InlineData("sos_commands/process/ps_auxwwwm:root  1  0.0", "sos_commands/process/ps_auxwwwm", "root  1  0.0")]
    public void Unwraps(string line, string program, string payload)
    {
        var u = Unwrap.Must(GrepPathUnwrapper.Instance, line);
        Assert.Equal((payload, program), (u.Payload, u.Program));
    }

    [Theory]
    [InlineData("/usr/local/go/src/runtime/proc.go:363 +0x1d6")] // a Go frame's file line without its tab
    [InlineData("main.go:12")]
    [InlineData("redis.example.com:6379 refused")]
    [InlineData("INFO: task jbd2/sda1-8:412 blocked")]
    [InlineData("2026-12-02T10:00:01.000Z host app: x")]
    [InlineData("Dec 02 10:00:01 host app[42]: x")]
    [InlineData("panic: runtime error: index out of range [5] with length 5")]
    [InlineData("main.(*Store).Get(0xc000010000)")]
    [InlineData("https://example.com/x")]
    [InlineData("\t/src/main.go:12 +0x1d")]
    public void Leaves_other_lines_alone(string line) => Assert.Null(Unwrap.Of(GrepPathUnwrapper.Instance, line));
}

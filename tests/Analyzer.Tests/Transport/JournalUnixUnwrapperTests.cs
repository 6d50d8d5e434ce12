using Analyzer.Transport.Unwrappers;

namespace Analyzer.Tests.Transport;

public sealed class JournalUnixUnwrapperTests
{
    [Theory]
    [InlineData("1733133601.123456 host app[42]: panic: boom", "app", "panic: boom")]
    [InlineData("1733133601.000001 db1 kernel: Call Trace:", "kernel", "Call Trace:")]
    [InlineData("1733133601.5 app[42]: goroutine 1 [running]:", "app", "goroutine 1 [running]:")]
    public void Unwraps(string line, string program, string payload)
    {
        var u = Unwrap.Must(JournalUnixUnwrapper.Instance, line);
        Assert.Equal(payload, u.Payload);
        Assert.Equal(program, u.Program);
    }

    [Theory]
    [InlineData("1733133601 host app[42]: x")]        // no fraction
    [InlineData("12.5 MB/s read: 3")]                  // a number, not a stamp
    [InlineData("1733133601.5 kernel: no host, no pid")]
    public void Leaves_other_lines_alone(string line) => Assert.Null(Unwrap.Of(JournalUnixUnwrapper.Instance, line));
}

using Analyzer.Transport.Unwrappers;

namespace Analyzer.Tests.Transport;

public sealed class Rfc5424UnwrapperTests
{
    [Theory]
    [InlineData("<165>1 2003-10-11T22:14:15.003Z mymachine.example.com evntslog - ID47 [exampleSDID@32473 iut=\"3\" eventSource=\"Application\"] An application event", "evntslog", "An application event")]
    [InlineData("<11>1 2024-12-02T10:00:01.123456+01:00 host app 42 - - panic: boom", "app", "panic: boom")]
    [InlineData("<11>1 2024-12-02T10:00:01Z host app 42 - [a@1 x=\"y\\]z\"][b@2] \tmain.go:12 +0x1d", "app", "\tmain.go:12 +0x1d")]
    [InlineData("<11>1 - host app - - -", "app", "")]
    public void Unwraps(string line, string program, string payload)
    {
        var u = Unwrap.Must(Rfc5424Unwrapper.Instance, line);
        Assert.Equal(payload, u.Payload);
        Assert.Equal(program, u.Program);
    }

    [Theory]
    [InlineData("<13>Dec  2 10:00:01 host app: hello")] // RFC 3164
    [InlineData("<11>1 yesterday host app 42 - - x")]
    [InlineData("1 2024-12-02T10:00:01Z host app 42 - - x")]
    public void Leaves_other_lines_alone(string line) => Assert.Null(Unwrap.Of(Rfc5424Unwrapper.Instance, line));
}

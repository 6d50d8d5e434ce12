using Analyzer.Transport.Unwrappers;

namespace Analyzer.Tests.Transport;

public sealed class JournalFullUnwrapperTests
{
    [Theory]
    [InlineData("Mon 2024-12-02 10:00:01 UTC host app[42]: panic: boom", "app", "panic: boom")]
    [InlineData("Tue 2024-12-03 23:59:59 CET db1 kernel: INFO: task x:1 blocked", "kernel", "INFO: task x:1 blocked")]
    [InlineData("Sun 2024-12-08 01:02:03.456789 +0100 app[7]: \tmain.go:9", "app", "\tmain.go:9")]
    public void Unwraps(string line, string program, string payload)
    {
        var u = Unwrap.Must(JournalFullUnwrapper.Instance, line);
        Assert.Equal(payload, u.Payload);
        Assert.Equal(program, u.Program);
    }

    [Theory]
    [InlineData("Mon 2024-12-02 10:00:01 UTC")]
    [InlineData("Monday 2024-12-02 10:00:01 UTC host app: x")]
    [InlineData("panic: boom")]
    public void Leaves_other_lines_alone(string line) => Assert.Null(Unwrap.Of(JournalFullUnwrapper.Instance, line));
}

using Analyzer.Transport.Unwrappers;

namespace Analyzer.Tests.Transport;

public sealed class ComposeUnwrapperTests
{
    [Theory]
    [InlineData("api_1  | panic: boom", "api_1", "panic: boom")]
    [InlineData("api-1 | \tmain.go:12 +0x1d", "api-1", "\tmain.go:12 +0x1d")]
    [InlineData("web.1.tx8k2lq0fj@node1    | goroutine 1 [running]:", "web.1.tx8k2lq0fj@node1", "goroutine 1 [running]:")]
    [InlineData("db_1   |", "db_1", "")]
    public void Unwraps(string line, string program, string payload)
    {
        var u = Unwrap.Must(ComposeUnwrapper.Instance, line);
        Assert.Equal(payload, u.Payload);
        Assert.Equal(program, u.Program);
    }

    [Theory]
    [InlineData("12 | panic: boom")]          // an editor's line number
    [InlineData("| a | markdown | table |")]
    [InlineData("panic: boom")]
    public void Leaves_other_lines_alone(string line) => Assert.Null(Unwrap.Of(ComposeUnwrapper.Instance, line));
}

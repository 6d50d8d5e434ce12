using Analyzer.Transport.Unwrappers;

namespace Analyzer.Tests.Transport;

public sealed class LineNumberUnwrapperTests
{
    [Theory]
    [InlineData("    12\tpanic: boom", 12, "panic: boom")]             // cat -n
    [InlineData("     7\t\tmain.go:12 +0x1d", 7, "\tmain.go:12 +0x1d")]
    [InlineData("12:goroutine 1 [running]:", 12, "goroutine 1 [running]:")] // grep -n
    [InlineData("13-main.main()", 13, "main.main()")]                    // grep -n context line
    [InlineData("12 | panic: boom", 12, "panic: boom")]                 // editor / viewer
    [InlineData(" 9| x", 9, "x")]
    public void Unwraps(string line, long number, string payload)
    {
        var u = Unwrap.Must(LineNumberUnwrapper.Instance, line);
        Assert.Equal(payload, u.Payload);
        Assert.Equal(number, u.Number);
    }

    [Theory]
    [InlineData("10:00:01 service started")] // a clock
    [InlineData("2024-01-02 x")]              // a date
    [InlineData("  123 root      20   0 S")] // a top row
    public void Leaves_other_lines_alone(string line) => Assert.Null(Unwrap.Of(LineNumberUnwrapper.Instance, line));
}

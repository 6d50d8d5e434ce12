using Analyzer.Transport.Unwrappers;

namespace Analyzer.Tests.Transport;

public sealed class QuoteUnwrapperTests
{
    [Theory]
    [InlineData("> panic: boom", "panic: boom")]
    [InlineData("> \tmain.go:12 +0x1d", "\tmain.go:12 +0x1d")]
    [InlineData("> > goroutine 1 [running]:", "goroutine 1 [running]:")]
    [InlineData(">> main.main()", "main.main()")]
    [InlineData(">", "")]
    public void Unwraps(string line, string payload) => Assert.Equal(payload, Unwrap.Must(QuoteUnwrapper.Instance, line).Payload);

    [Theory]
    [InlineData("panic: boom")]
    [InlineData(" > indented is not a quote")]
    [InlineData("")]
    public void Leaves_other_lines_alone(string line) => Assert.Null(Unwrap.Of(QuoteUnwrapper.Instance, line));
}

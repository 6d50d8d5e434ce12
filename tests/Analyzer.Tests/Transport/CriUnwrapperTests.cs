using Analyzer.Transport.Unwrappers;

namespace Analyzer.Tests.Transport;

public sealed class CriUnwrapperTests
{
    [Theory]
    [InlineData("2024-01-01T00:00:00.123456789Z stderr F panic: boom", "stderr", "panic: boom")]
    [InlineData("2024-01-01T00:00:00.123456789+00:00 stdout F \tmain.go:12 +0x1d", "stdout", "\tmain.go:12 +0x1d")]
    [InlineData("2024-01-01T00:00:00.1Z stderr P first half of a long li", "stderr", "first half of a long li")] // partial: stripped, not joined
    [InlineData("2024-01-01T00:00:00.1Z stderr F", "stderr", "")]
    public void Unwraps(string line, string stream, string payload)
    {
        var u = Unwrap.Must(CriUnwrapper.Instance, line);
        Assert.Equal(payload, u.Payload);
        Assert.Equal(stream, u.Stream);
    }

    [Theory]
    [InlineData("2024-01-01T00:00:00.123456789Z panic: boom")] // kubectl, not CRI
    [InlineData("2024-01-01T00:00:00Z stderr X msg")]
    [InlineData("stderr F msg")]
    public void Leaves_other_lines_alone(string line) => Assert.Null(Unwrap.Of(CriUnwrapper.Instance, line));
}

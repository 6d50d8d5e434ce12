using Analyzer.Transport.Unwrappers;

namespace Analyzer.Tests.Transport;

public sealed class KubectlTimestampUnwrapperTests
{
    [Theory]
    [InlineData("2024-01-01T00:00:00.123456789Z panic: boom", "panic: boom")]
    [InlineData("2024-01-01T00:00:00.123456789Z \tmain.go:12 +0x1d", "\tmain.go:12 +0x1d")]
    [InlineData("2024-05-27T03:47:09.0116433Z goroutine 1 [running]:", "goroutine 1 [running]:")]
    [InlineData("2024-01-01T00:00:00Z", "")]
    public void Unwraps(string line, string payload) => Assert.Equal(payload, Unwrap.Must(KubectlTimestampUnwrapper.Instance, line).Payload);

    [Theory]
    [InlineData("2024-01-01 00:00:00,123 INFO x")] // a logger's own stamp: no T, no zone
    [InlineData("2024-01-01T00:00:00 x")]
    [InlineData("goroutine 1 [running]:")]
    public void Leaves_other_lines_alone(string line) => Assert.Null(Unwrap.Of(KubectlTimestampUnwrapper.Instance, line));
}

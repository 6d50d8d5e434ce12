using Analyzer.Transport.Unwrappers;

namespace Analyzer.Tests.Transport;

public sealed class KibanaUnwrapperTests
{
    [Theory]
    [InlineData("August 3rd 2017, 19:28:27.000 fatal error: concurrent map writes", "fatal error: concurrent map writes")]
    [InlineData("December 21st 2024, 01:02:03.456 \tmain.go:12 +0x1d", "\tmain.go:12 +0x1d")]
    [InlineData("May 2nd 2020, 00:00:00.000 goroutine 1 [running]:", "goroutine 1 [running]:")]
    [InlineData("June 11th 2019, 23:59:59 x", "x")]
    public void Unwraps(string line, string payload) => Assert.Equal(payload, Unwrap.Must(KibanaUnwrapper.Instance, line).Payload);

    [Theory]
    [InlineData("August 3 2017, 19:28:27.000 x")]
    [InlineData("May  3 06:24:16 host kernel: x")]
    [InlineData("fatal error: x")]
    public void Leaves_other_lines_alone(string line) => Assert.Null(Unwrap.Of(KibanaUnwrapper.Instance, line));
}

using Analyzer.Transport.Unwrappers;

namespace Analyzer.Tests.Transport;

public sealed class DockerJsonUnwrapperTests
{
    [Theory]
    [InlineData("{\"log\":\"panic: boom\\n\",\"stream\":\"stderr\",\"time\":\"2024-01-01T00:00:00.123456789Z\"}", "panic: boom", "stderr")]
    [InlineData("{\"log\":\"\\tmain.go:12 +0x1d\\n\",\"stream\":\"stderr\",\"time\":\"2024-01-01T00:00:00Z\"}", "\tmain.go:12 +0x1d", "stderr")]
    [InlineData("{\"log\":\"msg=\\\"quoted\\\" path=C:\\\\x \\/ok\\r\\n\",\"stream\":\"stdout\",\"time\":\"t\"}", "msg=\"quoted\" path=C:\\x /ok", "stdout")]
    [InlineData("{\"log\":\"\\u001b[31mERROR\\u001b[0m caf\\u00e9\\n\",\"stream\":\"stdout\",\"time\":\"t\"}", "\u001b[31mERROR\u001b[0m café", "stdout")]
    [InlineData("{\"log\":\"a 16 KiB piece without newline\",\"stream\":\"stderr\",\"time\":\"t\"}", "a 16 KiB piece without newline", "stderr")] // partial: kept, not joined
    public void Unwraps_and_unescapes(string line, string payload, string stream)
    {
        var u = Unwrap.Must(DockerJsonUnwrapper.Instance, line);
        Assert.Equal(payload, u.Payload);
        Assert.Equal(stream, u.Stream);
    }

    [Theory]
    [InlineData("{\"level\":\"info\",\"msg\":\"x\"}")]
    [InlineData("{\"log\":\"never closed")]
    [InlineData("panic: boom")]
    public void Leaves_other_lines_alone(string line) => Assert.Null(Unwrap.Of(DockerJsonUnwrapper.Instance, line));
}

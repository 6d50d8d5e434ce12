using Analyzer.Transport.Unwrappers;

namespace Analyzer.Tests.Transport;

public sealed class NbspUnwrapperTests
{
    [Theory]
    [InlineData("\u00a0\u00a0\u00a0\u00a0main.go:12 +0x1d", "    main.go:12 +0x1d")]
    [InlineData("goroutine\u00a01 [running]:", "goroutine 1 [running]:")]
    [InlineData("\u202fx\u00a0y", " x y")]
    public void Replaces_non_breaking_spaces(string line, string payload) => Assert.Equal(payload, Unwrap.Must(NbspUnwrapper.Instance, line).Payload);

    [Theory]
    [InlineData("    main.go:12")]
    [InlineData("\tx")]
    [InlineData("")]
    public void Leaves_other_lines_alone(string line) => Assert.Null(Unwrap.Of(NbspUnwrapper.Instance, line));
}

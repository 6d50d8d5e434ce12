using Analyzer.Transport.Unwrappers;

namespace Analyzer.Tests.Transport;

public sealed class AnsiUnwrapperTests
{
    [Theory]
    [InlineData("\u001b[31mpanic: boom\u001b[0m", "panic: boom")]
    [InlineData("\u001b[1;33mWARN\u001b[0m \u001b[38;5;208mdisk slow\u001b[m", "WARN disk slow")]
    [InlineData("\u001b]0;user@host: ~\u0007$ ls", "$ ls")]
    [InlineData("\u001b(Bgoroutine 1 [running]:", "goroutine 1 [running]:")]
    public void Removes_escape_sequences(string line, string payload) => Assert.Equal(payload, Unwrap.Must(AnsiUnwrapper.Instance, line).Payload);

    [Theory]
    [InlineData("panic: boom")]
    [InlineData("[31m without ESC")]
    [InlineData("")]
    public void Leaves_other_lines_alone(string line) => Assert.Null(Unwrap.Of(AnsiUnwrapper.Instance, line));
}

using Analyzer.Transport;
using Analyzer.Transport.Unwrappers;

namespace Analyzer.Tests.Transport;

public sealed class StackLearnerTests
{
    [Fact]
    public void Go_text_is_never_taken_for_a_wrapper()
    {
        string[] go =
        [
            "fatal error: all goroutines are asleep - deadlock!",
            "",
            "goroutine 1 [chan receive]:",
            "main.main()",
            "\t/app/main.go:12 +0x1d",
            "goroutine 7 [select]:",
            "net/http.(*Server).Serve(0xc000100000)",
            "\t/usr/local/go/src/net/http/server.go:3056 +0x3e5",
        ];
        Assert.True(StackLearner.Learn(go).IsEmpty);
    }

    [Fact]
    public void A_journal_carrying_CRI_lines_unwraps_twice()
    {
        var lines = Enumerable.Range(0, 6).Select(i => $"Dec 02 10:00:0{i}.123456 host containerd[42]: 2024-01-01T00:00:00.1Z stderr F line {i}");
        var stack = StackLearner.Learn(lines);
        Assert.Equal([SyslogShortUnwrapper.Instance, CriUnwrapper.Instance], stack.Layers);
        Assert.True(stack.NamesPrograms);
    }

    [Fact]
    public void A_journal_carrying_a_journal_unwraps_the_same_layer_twice()
    {
        // A journalctl export cat'ed by a service and read back with journalctl: both layers are syslog-short.
        var lines = Enumerable.Range(0, 6).Select(i => $"Dec 03 10:00:0{i} host app[42]: Dec 02 19:36:3{i}.267471 vm kvstore[18304]: line {i}");
        var stack = StackLearner.Learn(lines);
        Assert.Equal([SyslogShortUnwrapper.Instance, SyslogShortUnwrapper.Instance], stack.Layers);
    }

    [Fact]
    public void One_stray_syslog_line_does_not_make_a_file_a_syslog()
    {
        var lines = new[] { "Dec 02 10:00:01 host app[42]: started" }.Concat(Enumerable.Range(0, 9).Select(i => $"plain line {i}"));
        Assert.Empty(StackLearner.Learn(lines).Layers);
    }

    [Fact]
    public void Colour_codes_anywhere_in_the_head_are_cleaned()
    {
        var stack = StackLearner.Learn(["plain", "\u001b[31mred\u001b[0m", "plain again"]);
        Assert.True(stack.Ansi);
        Assert.Empty(stack.Layers);
    }
}

using Analyzer.Families.Linux.Parsers.ProcStack;
using Analyzer.Inventory;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.Parsers.ProcStack;

/// <summary>
/// /proc/PID/stack as `head /proc/*/stack` prints it: each `==> path <==` section read alone (as the transport layer
/// hands sections over), with or without its header line, and the whole output with another file's sections in it.
/// </summary>
public sealed class ProcStackSectionTests
{
    private static readonly ProcStackParser Parser = new();

    private static string HeadOutput => HeadSections.Output;

    private static string Section(string path, bool keepHeader) => HeadSections.Section(path, keepHeader);

    [Theory]
    [InlineData(true, "head.txt")]
    [InlineData(false, "proc/2/stack")]
    [InlineData(false, "paste.txt#/proc/2/stack")]
    public void A_section_alone_is_one_stack_of_its_task(bool keepHeader, string path)
    {
        var text = Section("/proc/2/stack", keepHeader);
        var run = HostParse.Text(Parser, text, path);
        Assert.Equal(InputStatus.Parsed, run.Status);
        var stack = run.One<Families.Linux.Facts.ProcStack>();
        Assert.Equal(("kernel_clone", 4, 2L), (stack.TopFunction, stack.Frames.Count, stack.Pids.Single()));
        Assert.Equal("proc-stack", HostParse.Winner(path, text));
    }

    [Fact]
    public void A_section_without_any_pid_keeps_the_stack()
    {
        var run = HostParse.Text(Parser, Section("/proc/2/stack", keepHeader: false), "paste.txt");
        var stack = run.One<Families.Linux.Facts.ProcStack>();
        Assert.Equal(("kernel_clone", 1L), (stack.TopFunction, stack.Count));
        Assert.Empty(stack.Pids);
    }

    [Fact]
    public void Status_sections_inside_an_unsplit_head_output_make_it_partial_not_wrong()
    {
        var run = HostParse.Text(Parser, HeadOutput, "head.txt");
        Assert.Equal(InputStatus.Partial, run.Status);
        Assert.Equal([1L, 2L], run.Of<Families.Linux.Facts.ProcStack>().SelectMany(s => s.Pids).Order());
    }

    [Fact]
    public void A_stack_the_collector_could_not_read_is_reported()
    {
        var run = HostParse.Text(Parser, "head: cannot open '/proc/1/stack' for reading: Permission denied\n==> /proc/2/stack <==\n[<0>] kernel_clone+0x1d3/0x400\n", "head.txt");
        Assert.Equal(InputStatus.Partial, run.Status);
        Assert.Contains(run.Context.Problems, p => p.Contains("1 stack(s) could not be read", StringComparison.Ordinal));
        Assert.Equal([2L], run.One<Families.Linux.Facts.ProcStack>().Pids);
    }
}

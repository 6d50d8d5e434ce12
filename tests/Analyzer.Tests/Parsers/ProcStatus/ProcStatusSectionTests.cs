using Analyzer.Families.Linux.Facts;
using Analyzer.Families.Linux.Parsers.ProcStatus;
using Analyzer.Inventory;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.Parsers.ProcStatus;

/// <summary>
/// /proc/PID/status as `head` and `grep` print it, one section at a time (as the transport layer hands `==> path <==`
/// sections over) and whole, with its first lines cut, and with tabs turned to spaces.
/// </summary>
public sealed class ProcStatusSectionTests
{
    private static readonly ProcStatusParser Parser = new();

    private static string HeadOutput => HeadSections.Output;

    private static string Section(string path, bool keepHeader) => HeadSections.Section(path, keepHeader);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_head_section_alone_keeps_its_d_state(bool keepHeader)
    {
        var run = HostParse.Text(Parser, Section("/proc/2/status", keepHeader), "proc/2/status");
        Assert.Equal(InputStatus.Parsed, run.Status);
        var p = run.One<Process>();
        Assert.Equal((2L, "vfwait", "D", 1L), (p.Pid, p.Comm, p.State, p.Ppid!.Value));
        Assert.Equal("State: D (disk sleep)", p.Provenance.Excerpt);
        Assert.Equal("proc-status", HostParse.Winner("proc/2/status", Section("/proc/2/status", keepHeader)));
    }

    [Fact]
    public void The_whole_head_output_gives_one_record_per_status_section()
    {
        var run = HostParse.Text(Parser, HeadOutput, "head.txt");
        Assert.Equal([(1L, "bash", "S"), (2L, "vfwait", "D")], run.Of<Process>().Select(p => (p.Pid, p.Comm, p.State)));
    }

    [Fact]
    public void A_section_cut_above_state_still_gives_the_task_and_says_the_name_is_lost()
    {
        var cut = string.Join('\n', Section("/proc/2/status", keepHeader: false).Split('\n').Skip(2)); // Name and Umask cut
        var run = HostParse.Text(Parser, cut, "paste.txt");
        Assert.Equal(InputStatus.Partial, run.Status);
        var p = run.One<Process>();
        Assert.Equal((2L, "?", "D"), (p.Pid, p.Comm, p.State));
        Assert.Contains(run.Context.Problems, x => x.Contains("no `Name:` line", StringComparison.Ordinal));
        Assert.Equal("proc-status", HostParse.Winner("paste.txt", cut));
    }

    [Fact]
    public void A_headerless_section_takes_its_pid_from_the_head_line_when_pid_is_cut()
    {
        var run = HostParse.Text(Parser, "==> /proc/4242/status <==\nName:\ttar\nState:\tD (disk sleep)\n", "head.txt");
        Assert.Equal((4242L, "tar", "D"), (run.One<Process>().Pid, run.One<Process>().Comm, run.One<Process>().State));
    }

    [Fact]
    public void Grep_prefixed_state_lines_give_one_task_each()
    {
        var text = HostParse.SampleText("ProcStatus", "linux6_grep_state_proc_status.txt");
        var run = HostParse.Text(Parser, text, "grep.txt");
        Assert.Equal([(1L, "S"), (2L, "D"), (5L, "S")], run.Of<Process>().Select(p => (p.Pid, p.State)));
        Assert.Equal("proc-status", HostParse.Winner("grep.txt", text));
    }

    [Fact]
    public void Tabs_turned_to_spaces_and_indented_pastes_read_the_same()
    {
        var spaced = "    Name:   vfwait\n    Umask:  0022\n    State:  D (disk sleep)\n    Tgid:   2\n    Pid:    2\n    PPid:   1\n";
        var run = HostParse.Text(Parser, spaced, "paste.txt");
        Assert.Equal(InputStatus.Parsed, run.Status);
        Assert.Equal((2L, "vfwait", "D"), (run.One<Process>().Pid, run.One<Process>().Comm, run.One<Process>().State));
        Assert.Equal("proc-status", HostParse.Winner("paste.txt", spaced));
    }

    [Theory]
    [InlineData("State: unknown\nPid: 1\n")]
    [InlineData("Pid: 1\nUid: 0\n")]
    public void Key_value_text_without_a_status_state_line_is_not_claimed(string text) =>
        Assert.NotEqual("proc-status", HostParse.Winner("notes.txt", text));
}

using Analyzer.Families.Linux.Facts;
using Analyzer.Inventory;
using Analyzer.Families.Linux.Parsers.ProcStatus;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.Parsers.ProcStatus;

/// <summary>/proc/PID/status (formats.md §5.4): pasted with spaces, real tab-separated, D and S states.</summary>
public sealed class ProcStatusParserTests
{
    private static readonly ProcStatusParser Parser = new();

    [Fact]
    public void Pasted_status_in_disk_sleep()
    {
        var run = HostParse.Sample(Parser, "ProcStatus", "proc_pid_status_D_wslg.txt");
        Assert.Equal(InputStatus.Parsed, run.Status);
        var p = run.One<Process>();
        Assert.Equal((9L, "weston", "D", 6L, 17L, 80060L, "status"), (p.Pid, p.Comm, p.State, p.Ppid!.Value, p.Threads!.Value, p.RssKb!.Value, p.Reason));
        Assert.Equal((4, "State: D (disk sleep)"), (p.Provenance.Line!.Value, p.Provenance.Excerpt));
    }

    [Fact]
    public void Real_status_files()
    {
        var sleeping = HostParse.Sample(Parser, "ProcStatus", "linux618_proc_self_status_S.txt").One<Process>();
        Assert.Equal(("bash", "S"), (sleeping.Comm, sleeping.State));
        var dd = HostParse.Fixture(Parser, "host-disk-busy", "proc/14/status").One<Process>();
        Assert.Equal((14L, "dd", "D"), (dd.Pid, dd.Comm, dd.State));
    }

    [Fact]
    public void Concatenated_records_and_missing_pid_from_the_path()
    {
        var run = HostParse.Text(Parser, "Name:\ta\nState:\tS (sleeping)\nPid:\t1\nName:\tb\nState:\tD (disk sleep)\n", "proc/77/status");
        Assert.Equal([(1L, "S"), (77L, "D")], run.Of<Process>().Select(p => (p.Pid, p.State)));
    }

    [Fact]
    public void Garbage_fails()
    {
        Assert.Equal(InputStatus.Failed, HostParse.Text(Parser, "hello\n").Status);
        Assert.Equal("proc-status", HostParse.Winner("x", HostParse.SampleText("ProcStatus", "proc_pid_status_D_wslg.txt")));
    }
}

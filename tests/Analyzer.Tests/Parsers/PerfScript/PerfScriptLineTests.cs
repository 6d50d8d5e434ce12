using Analyzer.Families.Go.Parsers.PerfScript;

namespace Analyzer.Tests.Parsers.PerfScript;

/// <summary>The two line shapes of `perf script` output, in every variant formats.md §9.1 lists.</summary>
public sealed class PerfScriptLineTests
{
    [Theory]
    [InlineData("dd 29776 666709.771979:   10101010 cpu-clock: ", "dd", 29776, null, null, 666709.771979, 10101010L, "cpu-clock")]
    [InlineData("iperf 27409/28744 [000] 441995.133575: cpu-clock: ", "iperf", 27409, 28744L, 0, 441995.133575, null, "cpu-clock")]
    [InlineData("ab 23927 [000] 184694.229089: cycles: ", "ab", 23927, null, 0, 184694.229089, null, "cycles")]
    [InlineData("emulator  4152 75695.008865:          1 cycles:u: ", "emulator", 4152, null, null, 75695.008865, 1L, "cycles:u")]
    [InlineData("V8 WorkerThread 24636/24640 [003] 2000.000100: 250000 cpu-clock:u: ", "V8 WorkerThread", 24636, 24640L, 3, 2000.0001, 250000L, "cpu-clock:u")]
    [InlineData("swapper     0 [000] 3000.100000: sched:sched_switch: prev_comm=swapper/0 prev_pid=0", "swapper", 0, null, 0, 3000.1, null, "sched:sched_switch")]
    [InlineData("kworker/0:1    12 [000] 3000.100200: sched:sched_switch: prev_comm=kworker/0:1", "kworker/0:1", 12, null, 0, 3000.1002, null, "sched:sched_switch")]
    [InlineData("app 700 cycles: ", "app", 700, null, null, null, null, "cycles")]
    public void Sample_headers(string line, string comm, long pid, long? tid, int? cpu, double? time, long? period, string evt)
    {
        var header = PerfSampleHeader.TryParse(line);
        Assert.NotNull(header);
        var h = header.Value;
        Assert.Equal(comm, h.Comm);
        Assert.Equal(pid, h.Pid);
        Assert.Equal(tid, h.Tid);
        Assert.Equal(cpu, h.Cpu);
        Assert.Equal(time, h.Time);
        Assert.Equal(period, h.Period);
        Assert.Equal(evt, h.Event);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\t          414b3b fsnotify (/lib/modules/4.1.0-virtual/build/vmlinux)")]
    [InlineData("# cmdline : /usr/bin/perf record -e cycles")]
    [InlineData("just some words: here")]
    [InlineData("2026-11-29 10:00:00 INFO server started: ok")]
    [InlineData("name 99999999999999999999999 1.5: cycles:")]
    public void Not_headers(string line) => Assert.Null(PerfSampleHeader.TryParse(line));

    [Theory]
    [InlineData("\t          414b3b fsnotify (/lib/modules/4.1.0-virtual/build/vmlinux)", "fsnotify", true)]
    [InlineData("\tffffffff8104f45a native_write_msr_safe ([kernel.kallsyms])", "native_write_msr_safe", true)]
    [InlineData("\t    7f26dc479340 __write_nocancel (/lib/x86_64-linux-gnu/libpthread-2.19.so)", "__write_nocancel", false)]
    [InlineData("\t    7f26cab4c0b0 [unknown] ([unknown])", "[unknown]", false)]
    [InlineData("\t           e5f70 [unknown] (/lib/x86_64-linux-gnu/libc-2.15.so)", "[libc-2.15.so]", false)]
    [InlineData("\t             d70 _start+0xffff018fd5dce000 (/usr/lib/ld-2.24.so)", "_start", false)]
    [InlineData("\t7fffb84c9afc cpu_startup_entry+0x800047c022ec ([kernel.kallsyms])", "cpu_startup_entry", true)]
    [InlineData("\t    7f0000002000 std::vector<int, std::allocator<int> >::push_back(int const&)+0x1f (/usr/lib/libapp.so)",
        "std::vector<int, std::allocator<int> >::push_back(int const&)", false)]
    [InlineData("\t    7f0000003000 Ljava/io/PrintStream;::print (/tmp/perf-19982.map)", "Ljava/io/PrintStream;::print", false)]
    [InlineData("\tffffffffc0a01000 nf_conntrack_in+0x20 ([nf_conntrack])", "nf_conntrack_in", true)]
    [InlineData("\t    7ffd1234 __vdso_clock_gettime ([vdso])", "__vdso_clock_gettime", false)]
    [InlineData("\t            1234", "[unknown]", false)]
    public void Frames(string line, string symbol, bool kernel)
    {
        Assert.True(PerfFrame.TryParse(line, out var frame));
        Assert.Equal(symbol, frame.Name);
        Assert.Equal(kernel, frame.Kernel);
    }

    [Theory]
    [InlineData("\tnot-hex fsnotify (vmlinux)")]
    [InlineData("   ")]
    public void Not_frames(string line) => Assert.False(PerfFrame.TryParse(line, out _));
}

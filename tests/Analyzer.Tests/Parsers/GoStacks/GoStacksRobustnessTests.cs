using System.Text;
using Analyzer.Families.Go.Facts;
using Analyzer.Inventory;

namespace Analyzer.Tests.Parsers.GoStacks;

public sealed class GoStacksRobustnessTests
{
    private const string SmallPanic = """
        panic: boom

        goroutine 1 [running]:
        main.main()
        	/app/main.go:5 +0x1d
        """;

    [Fact]
    public void Dump_embedded_in_syslog_is_cut_out_and_interleaved_lines_of_other_programs_are_ignored()
    {
        const string log = """
            May  3 06:24:16 web01 app[123]: starting on :8080
            May  3 06:24:17 web01 app[123]: panic: boom
            May  3 06:24:17 web01 app[123]:
            May  3 06:24:17 web01 app[123]: goroutine 1 [running]:
            May  3 06:24:17 web01 kernel: eth0: link up
            May  3 06:24:17 web01 app[123]: main.main()
            May  3 06:24:17 web01 app[123]: 	/app/main.go:5 +0x1d
            May  3 06:24:17 web01 app[123]:
            May  3 06:24:17 web01 app[123]: goroutine 7 [IO wait, 3 minutes]:
            May  3 06:24:17 web01 app[123]: internal/poll.runtime_pollWait(0x7f1, 0x72)
            May  3 06:24:17 web01 app[123]: 	/usr/local/go/src/runtime/netpoll.go:343 +0x85
            May  3 06:24:18 web01 systemd[1]: app.service: Main process exited, code=exited, status=2/INVALIDARGUMENT
            May  3 06:24:19 web01 app[456]: starting on :8080
            """;
        var r = GoStacksHarness.Run(log, "journal/app.log");
        var dump = Assert.Single(r.Of<GoroutineDump>());
        Assert.Equal("panic", dump.Kind);
        Assert.Equal(2, dump.Goroutines);
        Assert.Equal(2, dump.Provenance.Line);
        Assert.Equal(11, dump.Provenance.EndLine);
        Assert.False(dump.Truncated);
        var panic = Assert.Single(r.Of<GoPanic>());
        Assert.Equal("boom", panic.Message);
        Assert.Equal("main.main", panic.AppFunction);
        Assert.Equal("/app/main.go:5", panic.AppLocation);
        Assert.Equal("io", r.Of<GoroutineGroup>()[1].Category);
    }

    [Fact]
    public void Journald_short_iso_and_quote_prefixes_are_stripped()
    {
        const string journal = """
            2024-05-03T06:24:17+0000 web01 app[123]: fatal error: concurrent map writes
            2024-05-03T06:24:17+0000 web01 app[123]:
            2024-05-03T06:24:17+0000 web01 app[123]: goroutine 9 [running]:
            2024-05-03T06:24:17+0000 web01 app[123]: main.(*Cache).Set(0xc0000a0000)
            2024-05-03T06:24:17+0000 web01 app[123]: 	/app/cache.go:12 +0x1d
            """;
        var r = GoStacksHarness.Run(journal);
        var fatal = Assert.Single(r.Of<GoFatalError>());
        Assert.Equal("concurrent-map-access", fatal.Kind);
        Assert.Equal(9, fatal.GoroutineId);
        Assert.Equal("main.(*Cache).Set", fatal.AppFunction);

        var quoted = GoStacksHarness.Run(string.Join('\n', SmallPanic.Split('\n').Select(l => "> " + l)));
        Assert.Equal("main.main", Assert.Single(quoted.Of<GoroutineGroup>()).AppFunction);
        Assert.Equal("/app/main.go", quoted.Of<GoroutineGroup>()[0].Frames[0].File);
    }

    [Fact]
    public void Two_dumps_in_one_file_get_their_own_facts_and_keys_keep_counting()
    {
        var r = GoStacksHarness.Run("INFO first run\n" + SmallPanic + "\nINFO restarted\n" + SmallPanic.Replace("boom", "bang", StringComparison.Ordinal) + "\n");
        var dumps = r.Of<GoroutineDump>();
        Assert.Equal(2, dumps.Count);
        Assert.Equal([2, 8], dumps.Select(d => d.Provenance.Line ?? 0));
        Assert.Equal(["boom", "bang"], r.Of<GoPanic>().Select(p => p.Message));
        Assert.Equal(["logs/app.log#1", "logs/app.log#2"], r.Of<GoroutineGroup>().Select(g => g.Key));
    }

    [Fact]
    public void Crlf_input_parses_like_lf()
    {
        var lf = GoStacksHarness.Sample("datadog_go1156_debug2_excerpt.txt");
        var text = File.ReadAllText(GoStacksHarness.SamplePath("datadog_go1156_debug2_excerpt.txt")).Replace("\n", "\r\n", StringComparison.Ordinal);
        var crlf = GoStacksHarness.Run(text, "samples/datadog_go1156_debug2_excerpt.txt");
        Assert.Equal(lf.Of<GoroutineGroup>().Select(g => (g.State, g.Count, g.AppLocation, g.Frames.Count)),
            crlf.Of<GoroutineGroup>().Select(g => (g.State, g.Count, g.AppLocation, g.Frames.Count)));
        Assert.DoesNotContain(crlf.Of<GoroutineGroup>().SelectMany(g => g.Frames), f => f.File.Contains('\r', StringComparison.Ordinal));
    }

    [Fact]
    public void Truncated_last_goroutine_marks_the_dump_and_reports_the_line()
    {
        var r = GoStacksHarness.Run(SmallPanic + "\n\ngoroutine 2 [chan receive, 4 minutes]:\nmain.wait(0xc0000a0000");
        var dump = Assert.Single(r.Of<GoroutineDump>());
        Assert.True(dump.Truncated);
        Assert.Equal(2, dump.Goroutines);
        Assert.Equal(InputStatus.Partial, r.Context.Status);
        Assert.Contains(r.Context.Problems, p => p.StartsWith("goroutine dump cut off mid-goroutine at line 8: ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_one_megabyte_garbage_line_is_capped_reported_and_parsing_goes_on()
    {
        var text = SmallPanic + "\n" + new string('x', 1 << 20) + "\n" + SmallPanic + "\n";
        var r = GoStacksHarness.Run(text);
        Assert.Equal(2, r.Of<GoroutineDump>().Count);
        Assert.Contains("line 6 longer than 64 KiB; truncated", r.Context.Problems);
        Assert.Equal(InputStatus.Partial, r.Context.Status);
    }

    [Fact]
    public void Invalid_utf8_is_replaced_and_reported_once()
    {
        var bytes = Encoding.UTF8.GetBytes(SmallPanic.Replace("main.main()", "main.main\u0001()", StringComparison.Ordinal) + "\n");
        var at = Array.IndexOf(bytes, (byte)1);
        bytes[at] = 0xFF;
        var r = GoStacksHarness.Run(bytes.Concat(bytes).ToArray());
        Assert.Equal("main.main\uFFFD", r.Of<GoroutineGroup>()[0].TopFunction);
        Assert.Equal(["invalid UTF-8 at line 4 (replaced)"], r.Context.Problems);
    }

    [Fact]
    public void Grouping_ignores_args_and_wait_but_not_state_line_or_creator()
    {
        const string text = """
            goroutine 1 [chan receive, 3 minutes]:
            main.wait(0x1)
            	/app/main.go:5 +0x1d
            created by main.main

            goroutine 2 [chan receive]:
            main.wait(0x2, 0x3)
            	/app/main.go:5 +0x1d
            created by main.main

            goroutine 3 [chan receive]:
            main.wait(0x1)
            	/app/main.go:6 +0x1d
            created by main.main

            goroutine 4 [chan send]:
            main.wait(0x1)
            	/app/main.go:5 +0x1d
            created by main.main

            goroutine 5 [chan receive]:
            main.wait(0x1)
            	/app/main.go:5 +0x1d
            created by main.other
            """;
        var groups = GoStacksHarness.Run(text).Of<GoroutineGroup>();
        Assert.Equal([2L, 1, 1, 1], groups.Select(g => g.Count));
        Assert.Equal([1L, 2], groups[0].GoroutineIds);
        Assert.Equal("0x1", groups[0].Frames[0].Args);
        Assert.Equal(TimeSpan.FromMinutes(3), groups[0].MaxWait);
        Assert.Equal(TimeSpan.Zero, groups[0].MinWait);
    }

    [Fact]
    public void Fifty_thousand_goroutines_of_five_stacks_make_five_groups()
    {
        var sb = new StringBuilder("goroutine profile preamble is not needed\n");
        for (var i = 0; i < 50_000; i++)
        {
            var kind = i % 5;
            sb.Append("goroutine ").Append(i + 1).Append(" [chan receive, ").Append(i % 60).Append(" minutes]:\n")
              .Append("runtime.gopark(0x").Append(i.ToString("x")).Append("?, 0x0?)\n\t/usr/local/go/src/runtime/proc.go:398 +0xce\n")
              .Append("main.worker").Append(kind).Append("(0xc").Append(i.ToString("x8")).Append(")\n\t/app/worker.go:").Append(10 + kind).Append(" +0x1d\n")
              .Append("created by main.main in goroutine 1\n\t/app/main.go:20 +0x5a\n\n");
        }
        var bytes = Encoding.UTF8.GetBytes(sb.ToString());
        var before = GC.GetAllocatedBytesForCurrentThread();
        var r = GoStacksHarness.Run(bytes);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        var groups = r.Of<GoroutineGroup>();
        Assert.Equal(5, groups.Count);
        Assert.All(groups, g => Assert.Equal(10_000, g.Count));
        Assert.All(groups, g => Assert.Equal(10, g.GoroutineIds.Count));
        Assert.All(groups, g => Assert.InRange(g.MaxWait.TotalMinutes, 55, 59));
        Assert.Equal(50_000, Assert.Single(r.Of<GoroutineDump>()).Goroutines);
        // Bounded by groups, not goroutines: far less than one allocation per line (the input has 350,000 lines).
        Assert.True(allocated < bytes.Length / 4, $"allocated {allocated:N0} bytes for {bytes.Length:N0} bytes of input");
    }
}

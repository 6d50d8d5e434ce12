using System.Text;
using Analyzer.Detection;
using Analyzer.Families.Go.Facts;
using Analyzer.Inventory;
using Analyzer.Families.Go.Parsers.GoContention;
using Analyzer.Parsing;
using Analyzer.Rules.Facts;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.Parsers.GoContention;

/// <summary>mutex/block `debug=1` text: the real captures of fixtures/go-mutex-contended and hand-made variants.</summary>
public sealed class ContentionTextParserTests
{
    private static (List<GoContentionSite> Sites, ParseContext Context) Run(string text, string path = "mutex.txt")
    {
        var facts = new List<IFact>();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        var context = new ParseContext(path, stream, facts.Add);
        new ContentionTextParser().Parse(context);
        return (facts.OfType<GoContentionSite>().ToList(), context);
    }

    private static string Fixture(string name) => File.ReadAllText(Path.Combine(RepoPaths.Fixtures, "go-mutex-contended", name));

    private static DetectionConfidence Detect(string path, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return new ContentionTextParser().Detect(new EntryProbe(path, bytes, complete: true));
    }

    private const string Mutex = """
        --- mutex:
        cycles/second=2000000000
        sampling period=5
        4000000000 10 @ 0x47cf29 0x674259 0x674897
        #	0x47cf28	sync.(*Mutex).Unlock+0x28		sync/mutex.go:223
        #	0x674258	main.(*Store).Put+0x118		app/store.go:45
        #	0x674896	main.handle+0x96			app/main.go:62

        1000000000 2 @ 0x47cf29 0x674300
        #	0x47cf28	sync.(*Mutex).Unlock+0x28		sync/mutex.go:223
        #	0x6742ff	main.(*Store).Get+0x18		app/store.go:60

        """;

    [Fact]
    public void Mutex_text_scales_cycles_by_clock_and_sampling_period()
    {
        var (sites, context) = Run(Mutex);
        Assert.Equal(InputStatus.Parsed, context.Status);
        Assert.Equal(2, sites.Count);
        var put = sites[0];
        Assert.Equal(("main.(*Store).Put", "main", "app/store.go:45", "lock", "mutex", "debug1", 1),
            (put.Function, put.Package, put.Location, put.Category, put.Kind, put.Format, put.Rank));
        Assert.Equal(TimeSpan.FromSeconds(10), put.Delay); // 4e9 cycles / 2e9 Hz × period 5
        Assert.Equal(50, put.Contentions);
        Assert.Equal(80.0, put.DelayPercent, 6);
        Assert.Equal(TimeSpan.FromSeconds(12.5), put.ProfileDelay);
        Assert.Null(put.DelayPerSecond);
        Assert.Equal(["sync.(*Mutex).Unlock", "main.(*Store).Put", "main.handle"], put.Stack);
        Assert.Equal(("mutex.txt", 4), (put.Provenance.Path, put.Provenance.Line));
        Assert.Equal("main.(*Store).Get", sites[1].Function);
    }

    [Fact]
    public void Block_text_classifies_what_the_stack_waits_on()
    {
        var (sites, _) = Run("""
            --- contention:
            cycles/second=1000000000
            9000000000 3 @ 0x1 0x2
            #	0x1	runtime.chanrecv1+0x1		runtime/chan.go:442
            #	0x2	main.worker+0x2		app/pool.go:12

            3000000000 7 @ 0x3 0x4 0x5
            #	0x3	sync.(*Mutex).Lock+0x70			sync/mutex.go:90
            #	0x4	main.(*Store).Put+0x55		app/store.go:42
            #	0x5	main.handle+0x5		app/main.go:9

            1000000000 1 @ 0x6 0x7
            #	0x6	runtime.selectgo+0x1		runtime/select.go:328
            #	0x7	main.loop+0x2		app/loop.go:20
            """, "block?debug=1");
        Assert.Equal([("main.worker", "channel", "block"), ("main.(*Store).Put", "lock", "block"), ("main.loop", "select", "block")],
            sites.Select(s => (s.Function, s.Category, s.Kind)).ToList());
        Assert.Equal(TimeSpan.FromSeconds(9), sites[0].Delay); // no sampling period for block profiles
    }

    [Fact]
    public void Real_mutex_capture_puts_the_delay_on_the_store_lock()
    {
        var (sites, context) = Run(Fixture("mutex-debug1.txt"), "mutex-debug1.txt");
        Assert.Equal(InputStatus.Parsed, context.Status);
        var top = sites[0];
        Assert.Equal(("main.(*Inventory).reserve", "lock"), (top.Function, top.Category));
        Assert.True(top.DelayPercent > 90, $"{top.DelayPercent}");
        Assert.True(top.Delay > TimeSpan.FromSeconds(1), $"{top.Delay}");
        Assert.StartsWith("fixturegen/cmd/mutexcontended/main.go:", top.Location, StringComparison.Ordinal);
    }

    [Fact]
    public void Real_block_capture_separates_the_lock_from_channel_and_select_waits()
    {
        var (sites, context) = Run(Fixture("block-debug1.txt"), "block-debug1.txt");
        Assert.Equal(InputStatus.Parsed, context.Status);
        Assert.Equal(("main.(*Inventory).reserve", "lock", 1), (sites[0].Function, sites[0].Category, sites[0].Rank));
        Assert.Contains(sites, s => s.Category != "lock");
    }

    [Fact]
    public void Detects_by_header_then_by_name_only()
    {
        Assert.Equal(DetectionConfidence.ContentAtStart, Detect("x", "--- mutex:\ncycles/second=1\n"));
        Assert.Equal(DetectionConfidence.ContentAtStart, Detect("x", "--- contention:\ncycles/second=1\n"));
        Assert.Equal(DetectionConfidence.Name, Detect("mutex.txt", "something else\n"));
        Assert.Equal(DetectionConfidence.None, Detect("notes.txt", "--- mutexes are fun\n"));
    }

    [Fact]
    public void Damage_is_reported_not_thrown()
    {
        var (_, wrongHeader) = Run("goroutine profile: total 3\n");
        Assert.Equal(InputStatus.Failed, wrongHeader.Status);

        var (sites, noClock) = Run("--- mutex:\n12 1 @ 0x1\n#\t0x1\tmain.f+0x1\tf.go:1\ngarbage here\n");
        Assert.Equal(InputStatus.Partial, noClock.Status);
        Assert.Contains(noClock.Problems, p => p.Contains("cycles/second", StringComparison.Ordinal));
        Assert.Contains(noClock.Problems, p => p.Contains("neither records nor frames", StringComparison.Ordinal));
        Assert.Equal(TimeSpan.Zero, Assert.Single(sites).Delay);

        var (_, empty) = Run("");
        Assert.Equal(InputStatus.Failed, empty.Status);
    }

    [Fact]
    public void A_huge_line_is_cut_and_reported_and_the_records_around_it_still_count()
    {
        var huge = "#\t0x1\tmain." + new string('x', 5_000_000) + "+0x1\tf.go:1\n";
        var (sites, context) = Run("--- mutex:\ncycles/second=1000\n2000 1 @ 0x1\n" + huge + "\n1000 1 @ 0x2\n#\t0x2\tmain.g+0x1\tg.go:2\n");
        Assert.Equal(InputStatus.Partial, context.Status);
        Assert.Contains(context.Problems, p => p.Contains("over-long", StringComparison.Ordinal));
        Assert.Equal(2, sites.Count);
        Assert.Equal("main.g", sites[1].Function);
        Assert.True(sites[0].Function.Length < 100_000);
    }

    [Fact]
    public void Binary_garbage_after_the_header_is_partial_not_a_crash()
    {
        var noise = new string(Enumerable.Range(0, 4000).Select(i => (char)(i * 7919 % 250 + 1)).ToArray());
        var (_, context) = Run("--- contention:\ncycles/second=1000\n" + noise);
        Assert.Equal(InputStatus.Partial, context.Status);
    }

    [Fact]
    public void Unsymbolized_frames_keep_their_address()
    {
        var (sites, _) = Run("--- mutex:\ncycles/second=1000\n1000 1 @ 0x4a\n#\t0x4a\n");
        Assert.Equal("0x4a", Assert.Single(sites).Function);
    }
}

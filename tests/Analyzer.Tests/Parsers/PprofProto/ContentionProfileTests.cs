using Analyzer.Families.Go.Facts;
using Analyzer.Pipeline;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.Parsers.PprofProto;

/// <summary>Binary mutex/block profiles also yield contention sites, named like the debug=1 text form names them.</summary>
public sealed class ContentionProfileTests
{
    private static BundleFacts Fixture() => BundleFactReader.Read(Path.Combine(RepoPaths.Fixtures, "go-mutex-contended"));

    [Fact]
    public void Mutex_and_block_profiles_agree_on_the_site_with_the_text_forms()
    {
        var sites = Fixture().Facts.Of<GoContentionSite>().Where(s => s.Rank == 1).ToList();
        Assert.Equal(4, sites.Count); // mutex and block, binary and text
        Assert.All(sites, s => Assert.Equal(("main.(*Inventory).reserve", "lock"), (s.Function, s.Category)));
        Assert.Equal(["block-debug1.txt", "block.pb", "mutex-debug1.txt", "mutex.pb"], sites.Select(s => s.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Delta_profiles_know_their_duration_and_the_delay_per_second()
    {
        var mutex = Fixture().Facts.Of<GoContentionSite>().Single(s => s.Path == "mutex.pb" && s.Rank == 1);
        Assert.Equal(("mutex", "proto"), (mutex.Kind, mutex.Format));
        Assert.True(mutex.ProfileDuration > TimeSpan.FromSeconds(2.5), $"{mutex.ProfileDuration}");
        Assert.NotNull(mutex.DelayPerSecond);
        Assert.Equal(mutex.Delay.TotalSeconds / mutex.ProfileDuration.TotalSeconds, mutex.DelayPerSecond!.Value, 3);
        // The profile's total delay equals `go tool pprof -top`'s total, which the top-output test checks exactly.
        var profile = Fixture().Facts.Of<GoProfile>().Single(p => p.Path == "mutex.pb");
        Assert.InRange(profile.Total - mutex.ProfileDelay.Ticks * 100, 0, 99); // durations keep 100 ns ticks
    }

    [Fact]
    public void Cpu_and_heap_profiles_have_no_contention_sites()
    {
        var facts = BundleFactReader.Read(Path.Combine(RepoPaths.Fixtures, "go-cpu-hot")).Facts;
        Assert.Empty(facts.Of<GoContentionSite>());
    }
}

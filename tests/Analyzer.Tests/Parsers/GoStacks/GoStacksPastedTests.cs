using Analyzer.Families.Go.Facts;
using Analyzer.Inventory;
using Analyzer.Pipeline;
using Analyzer.Tests.Bundles;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.Parsers.GoStacks;

/// <summary>
/// Dumps whose indentation a paste changed: a web form or chat trims the leading TAB of every file line, an editor
/// turns it into spaces, a Markdown quote doubles it. The frames must read the same as in the original.
/// </summary>
public sealed class GoStacksPastedTests
{
    [Fact]
    public void File_lines_without_indentation_still_belong_to_their_frames()
    {
        // As pasted into an issue form (Go 1.19 semacquire wait, distro Go under /usr/lib/go).
        const string pasted = """
            goroutine 7 [semacquire, 4 minutes]:
            sync.runtime_SemacquireMutex(0xc0001a4004, 0x0, 0x1)
            /usr/lib/go/src/runtime/sema.go:71 +0x47
            sync.(*Mutex).lockSlow(0xc0001a4000)
            /usr/lib/go/src/sync/mutex.go:171 +0x15d
            sync.(*Mutex).Lock(...)
            /usr/lib/go/src/sync/mutex.go:90
            main.(*Cache).Get(0xc0001a4000, {0x6a1b2c, 0x3})
            /src/app/cache.go:42 +0x8c
            created by main.serve
            /src/app/main.go:88 +0x1f0

            goroutine 9 [chan receive, 4 minutes]:
            main.(*Cache).refresh(0xc0001a4000)
            /src/app/cache.go:61 +0x65
            created by main.serve
            /src/app/main.go:90 +0x210
            """;
        var r = GoStacksHarness.Run(pasted);
        Assert.Equal(InputStatus.Parsed, r.Context.Status);
        var groups = r.Of<GoroutineGroup>();
        Assert.Equal(2, groups.Count);
        var waiter = groups[0];
        Assert.Equal("lock", waiter.Category);
        Assert.Equal(["sync.runtime_SemacquireMutex", "sync.(*Mutex).lockSlow", "sync.(*Mutex).Lock", "main.(*Cache).Get"],
            waiter.Frames.Select(f => f.Function));
        Assert.Equal("/usr/lib/go/src/sync/mutex.go", waiter.Frames[1].File);
        Assert.Equal(171, waiter.Frames[1].Line);
        Assert.Equal("main.serve", waiter.CreatedBy);
        Assert.Equal("main.(*Cache).Get", waiter.LockCaller);
        Assert.Equal(["0xc0001a4000"], waiter.MutexAddresses);
        var holder = Assert.Single(r.Of<GoLockHolder>());
        Assert.Equal(9, holder.HolderGoroutineId);
        Assert.Equal(2, Assert.Single(r.Of<GoroutineDump>()).Goroutines);
    }

    [Theory]
    [InlineData("")]        // leading whitespace stripped
    [InlineData("    ")]    // TAB turned into four spaces
    [InlineData("\t\t")]    // doubled by a quote or an editor
    public void Lock_hang_fixture_reads_the_same_whatever_happened_to_its_indentation(string indent)
    {
        var original = File.ReadAllText(Path.Combine(RepoPaths.Fixtures, "go-lock-hang", "goroutine-debug2.txt"));
        var pasted = string.Join('\n', original.Split('\n').Select(l => l.StartsWith('\t') ? indent + l.TrimStart() : l));
        Assert.NotEqual(original, pasted);

        var before = GoStacksHarness.Run(original, "goroutine-debug2.txt");
        var after = GoStacksHarness.Run(pasted, "goroutine-debug2.txt");
        Assert.Equal(InputStatus.Parsed, after.Context.Status);
        Assert.Equal(Describe(before.Of<GoroutineGroup>()), Describe(after.Of<GoroutineGroup>()));
        Assert.Equal(before.Of<GoLockHolder>(), after.Of<GoLockHolder>());
        Assert.NotEmpty(after.Of<GoLockHolder>());
        Assert.Equal(before.Of<GoroutineDump>(), after.Of<GoroutineDump>());
    }

    [Fact]
    public void Lock_hang_fixture_with_all_leading_whitespace_stripped_yields_the_same_findings()
    {
        var original = File.ReadAllText(Path.Combine(RepoPaths.Fixtures, "go-lock-hang", "goroutine-debug2.txt"));
        var stripped = string.Join('\n', original.Split('\n').Select(l => l.TrimStart()));
        using var a = new TempDirectory();
        using var b = new TempDirectory();
        a.Write("goroutine-debug2.txt", System.Text.Encoding.UTF8.GetBytes(original));
        b.Write("goroutine-debug2.txt", System.Text.Encoding.UTF8.GetBytes(stripped));

        var expected = Analysis.Run(a.Root, ShippedRules.Rules);
        var actual = Analysis.Run(b.Root, ShippedRules.Rules);
        Assert.Contains(expected.Findings, f => f.RuleId == "GO0001");
        Assert.Equal(expected.Verdict, actual.Verdict);
        Assert.Equal(Describe(expected.Findings), Describe(actual.Findings));
        Assert.Equal(InputStatus.Parsed, actual.Inputs.Single().Status);
    }

    private static string[] Describe(IEnumerable<GoroutineGroup> groups) =>
        groups.Select(g => $"{g.Key}|{g.State}|{g.Category}|{g.Count}|{g.MaxWait}|{g.AppFunction}|{g.AppLocation}|{g.LockCaller}|"
            + $"{string.Join(',', g.MutexAddresses)}|{g.CreatedBy}|{string.Join(',', g.GoroutineIds)}|"
            + string.Join(";", g.Frames.Select(f => $"{f.Function}({f.Args})@{f.File}:{f.Line}:{f.IsStdlib}"))).ToArray();

    private static string[] Describe(IEnumerable<Rules.Engine.Finding> findings) =>
        findings.Select(f => $"{f.RuleId}|{f.Message}|" + string.Join(";", f.Evidence.Select(e => $"{e.Path}:{e.Line}:{e.Excerpt}"))).ToArray();
}

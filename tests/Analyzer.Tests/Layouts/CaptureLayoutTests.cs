using Analyzer.Families.Go.Facts;
using Analyzer.Inventory;
using Analyzer.Pipeline;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.Layouts;

/// <summary>
/// The capture layouts collectors produce (formats.md §7.4, §10), one test bundle each under Layouts/data/, built
/// from the real fixture captures under the names and containers those collectors use: every Go file in them is
/// recognised under its own name, and the files that are not Go evidence (rendered graphs, binaries, execution
/// traces) are left unrecognised rather than misread.
/// </summary>
public sealed class CaptureLayoutTests
{
    private static BundleFacts Read(string name) => BundleFactReader.Read(Path.Combine(RepoPaths.Root, "tests", "Analyzer.Tests", "Layouts", "data", name));

    private static void AssertInput(BundleFacts bundle, string path, string format, InputStatus status = InputStatus.Parsed)
    {
        var record = Assert.Single(bundle.Inventory, r => r.Path == path);
        Assert.True((format, status) == (record.Format, record.Status), $"{path}: {record.Format} {record.Status} {string.Join("; ", record.Problems)}");
    }

    private static string KindOf(BundleFacts bundle, string path) => Assert.Single(bundle.Facts.Of<GoProfile>(), p => p.Path == path).Kind;

    [Fact]
    public void Go_ipfs_collect_profiles_tarball()
    {
        // tar czf … -C "$tmpdir" . : entries start with ./, go tool pprof's saved profiles sit beside the text captures.
        var bundle = Read("ipfs-profile-node1-2022-03-01T100000+0000.tar.gz");
        AssertInput(bundle, "goroutines.stacks", "go-goroutine-dump");
        AssertInput(bundle, "goroutines.stacks.full", "go-goroutine-dump");
        AssertInput(bundle, "mutex.txt", "go-pprof-contention-text");
        AssertInput(bundle, "pprof.ipfs.samples.cpu.001.pb", "pprof-profile");
        AssertInput(bundle, "pprof.ipfs.alloc_objects.alloc_space.inuse_objects.inuse_space.001.pb", "pprof-profile");
        AssertInput(bundle, "pprof.ipfs.contentions.delay.001.pb", "pprof-profile");
        foreach (var graph in new[] { "goroutine.svg", "heap.svg", "cpu.svg", "mutex.svg" })
            AssertInput(bundle, graph, "text", InputStatus.Unrecognized);
        AssertInput(bundle, "ipfs", "binary", InputStatus.Unrecognized);
        Assert.Equal("cpu", KindOf(bundle, "pprof.ipfs.samples.cpu.001.pb"));
        Assert.Equal("heap", KindOf(bundle, "pprof.ipfs.alloc_objects.alloc_space.inuse_objects.inuse_space.001.pb"));
        // The name says neither mutex nor block; the contention sites are read all the same.
        Assert.Equal("contention", KindOf(bundle, "pprof.ipfs.contentions.delay.001.pb"));
        Assert.Contains(bundle.Facts.Of<GoContentionSite>(), s => s.Path == "pprof.ipfs.contentions.delay.001.pb" && s.Rank == 1);
        Assert.Contains(bundle.Facts.Of<GoContentionSite>(), s => s.Path == "mutex.txt" && s.Kind == "mutex");
    }

    [Fact]
    public void Go_ipfs_debug_guide_files()
    {
        var bundle = Read("ipfs-debug-old.tar.gz");
        AssertInput(bundle, "ipfs-debug/ipfs.stacks", "go-goroutine-dump");
        AssertInput(bundle, "ipfs-debug/ipfs.cpuprof", "pprof-profile");
        AssertInput(bundle, "ipfs-debug/ipfs.heap", "pprof-profile"); // gzipped without a .gz suffix
        AssertInput(bundle, "ipfs-debug/ipfs.vars", "go-expvar");
        AssertInput(bundle, "ipfs-debug/ipfs.sysinfo", "ipfs-diag-sys");
        Assert.Equal("heap", KindOf(bundle, "ipfs-debug/ipfs.heap"));
        Assert.Equal(1864, Assert.Single(bundle.Facts.Of<GoSysInfo>()).Goroutines);
    }

    [Fact]
    public void Kubo_diag_profile_zip()
    {
        var bundle = Read("ipfs-profile-2023-06-09T10_43_24Z.zip");
        AssertInput(bundle, "goroutines.stacks", "go-goroutine-dump");
        foreach (var (file, kind) in new[] { ("cpu.pprof", "cpu"), ("heap.pprof", "heap"), ("allocs.pprof", "allocs"), ("mutex.pprof", "mutex"), ("block.pprof", "block") })
        {
            AssertInput(bundle, file, "pprof-profile");
            Assert.Equal(kind, KindOf(bundle, file));
        }
        AssertInput(bundle, "trace", "binary", InputStatus.Unrecognized); // a Go execution trace, not profile.proto
        AssertInput(bundle, "ipfs", "binary", InputStatus.Unrecognized);
        AssertInput(bundle, "version.json", "text", InputStatus.Unrecognized);
    }

    [Fact]
    public void Juicefs_debug_bundle_profiles()
    {
        var bundle = Read("juicefs-debug");
        const string dir = "tmp-test1-20230609104324/pprof/";
        foreach (var (file, kind) in new[] { ("juicefs.allocs.pb", "allocs"), ("juicefs.heap.pb", "heap"), ("juicefs.block.pb", "block"), ("juicefs.mutex.pb", "mutex"), ("juicefs.profile.30s.pb", "cpu") })
        {
            AssertInput(bundle, dir + file, "pprof-profile");
            Assert.Equal(kind, KindOf(bundle, dir + file));
        }
        AssertInput(bundle, dir + "juicefs.goroutine.stack.txt", "go-pprof-goroutine-text");
        AssertInput(bundle, dir + "juicefs.goroutine.stack.detail.txt", "go-goroutine-dump");
        AssertInput(bundle, dir + "juicefs.trace.5s.pb", "binary", InputStatus.Unrecognized);
    }

    [Fact]
    public void Juju_introspection_captures()
    {
        var bundle = Read("juju-introspection");
        AssertInput(bundle, "machine-0/goroutine?debug=1", "go-pprof-goroutine-text");
        AssertInput(bundle, "machine-0/heap?debug=1", "go-pprof-heap-text");
        Assert.Equal("heap-debug1", Assert.Single(bundle.Facts.Of<GoMemStats>()).Format);
        Assert.NotEmpty(bundle.Facts.Of<GoroutineGroup>());
    }

    [Fact]
    public void Profiles_saved_by_go_tool_pprof()
    {
        var bundle = Read("pprof-saved");
        Assert.Equal("cpu", KindOf(bundle, "pprof.gcheavy.samples.cpu.001.pb"));
        Assert.Equal("heap", KindOf(bundle, "pprof.gcheavy.alloc_objects.alloc_space.inuse_objects.inuse_space.001.pb"));
        Assert.Equal("contention", KindOf(bundle, "pprof.mutexcontended.contentions.delay.001.pb"));
        Assert.Equal("contention", KindOf(bundle, "pprof.mutexcontended.contentions.delay.002.pb"));
        Assert.Equal(2, bundle.Facts.Of<GoContentionSite>().Count(s => s.Rank == 1 && s.Function == "main.(*Inventory).reserve"));
    }
}

using System.Text;
using Analyzer.Detection;
using Analyzer.Families.Go.Parsers.GoMemStats;
using Analyzer.Parsing;
using Analyzer.Rules.Facts;
using MemStatsFact = Analyzer.Families.Go.Facts.GoMemStats;

namespace Analyzer.Tests.Parsers.GoMemStats;

/// <summary>Runs one of the MemStats parsers over bytes or a sample and exposes the facts.</summary>
internal sealed class MemStatsHarness
{
    public required List<IFact> Facts { get; init; }
    public required ParseContext Context { get; init; }

    public MemStatsFact Stats => Assert.Single(Facts.OfType<MemStatsFact>());

    public static MemStatsHarness Run(IFormatParser parser, byte[] bytes, string path)
    {
        var facts = new List<IFact>();
        using var stream = new MemoryStream(bytes);
        var context = new ParseContext(path, stream, facts.Add);
        parser.Parse(context);
        return new MemStatsHarness { Facts = facts, Context = context };
    }

    public static MemStatsHarness Expvar(byte[] bytes, string path = "debug/vars") => Run(new ExpvarParser(), bytes, path);
    public static MemStatsHarness Expvar(string text, string path = "debug/vars") => Expvar(Encoding.UTF8.GetBytes(text), path);
    public static MemStatsHarness Heap(byte[] bytes, string path = "heap.txt") => Run(new HeapProfileTextParser(), bytes, path);
    public static MemStatsHarness Heap(string text, string path = "heap.txt") => Heap(Encoding.UTF8.GetBytes(text), path);

    public static DetectionConfidence Detect(IFormatParser parser, string path, byte[] bytes) =>
        parser.Detect(new EntryProbe(path, bytes.AsMemory(0, Math.Min(bytes.Length, EntryProbe.HeadSize)), bytes.Length <= EntryProbe.HeadSize));

    public const string ExpvarSample = "saucelabs_sc_debug_vars.json";
    public const string HeapSample = "go1244_heap_debug1_gozero_excerpt.txt";
    public const string LegacyHeapSample = "google_pprof_testdata_gobench.heap_legacy_unsymbolized.txt";
    public const string NotExpvarSample = "ipfs_diag_sys_kubo_7458.json";

    public static byte[] SampleBytes(string name) =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Parsers", "GoMemStats", "samples", name));

    public static string SampleText(string name) => Encoding.UTF8.GetString(SampleBytes(name));

    public static TimeSpan Ns(long ns) => TimeSpan.FromTicks(ns / 100);
}

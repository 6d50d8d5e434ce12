using System.Text;
using Analyzer.Detection;
using Analyzer.Families.Lustre.Facts;
using Analyzer.Families.Lustre.Parsers.LustreDebug;
using Analyzer.Parsing;
using Analyzer.Rules.Facts;

namespace Analyzer.Tests.Parsers.LustreDebug;

/// <summary>Runs the lctl dk parser over text, bytes or a sample and exposes its facts.</summary>
internal sealed class DkHarness
{
    public required List<IFact> Facts { get; init; }
    public required ParseContext Context { get; init; }

    public LustreDebugLog Log => Assert.Single(Facts.OfType<LustreDebugLog>());
    public IReadOnlyList<LustreErrorGroup> Errors => Facts.OfType<LustreErrorGroup>().ToList();
    public IReadOnlyList<LustreDebugCount> Counts => Facts.OfType<LustreDebugCount>().ToList();
    public LustreErrorGroup Error(string kind) => Assert.Single(Errors, e => e.Kind == kind);

    public static DkHarness Run(byte[] bytes, string path = "lctl-dk.txt")
    {
        var facts = new List<IFact>();
        using var stream = new MemoryStream(bytes);
        var context = new ParseContext(path, stream, facts.Add);
        new LustreDebugParser().Parse(context);
        return new DkHarness { Facts = facts, Context = context };
    }

    public static DkHarness Run(string text, string path = "lctl-dk.txt") => Run(Encoding.UTF8.GetBytes(text), path);

    public static DetectionConfidence Detect(string path, byte[] bytes) =>
        new LustreDebugParser().Detect(new EntryProbe(path, bytes.AsMemory(0, Math.Min(bytes.Length, EntryProbe.HeadSize)), bytes.Length <= EntryProbe.HeadSize));

    public static DetectionConfidence Detect(string path, string text) => Detect(path, Encoding.UTF8.GetBytes(text));

    public static byte[] SampleBytes(string name) =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Parsers", "LustreDebug", "samples", name));

    public static byte[] FixtureBytes(string relative) => File.ReadAllBytes(Path.Combine(Support.RepoPaths.Fixtures, relative));

    /// <summary>A raw ptldebug record as Lustre writes it to /tmp/lustre-log.* (little-endian, packed 48-byte header).</summary>
    public static byte[] BinaryRecord(uint subsys, uint mask, uint sec, uint pid, string file, string func, string text)
    {
        var tail = Encoding.ASCII.GetBytes(file + "\0" + func + "\0" + text + "\0");
        var record = new byte[48 + tail.Length];
        var span = record.AsSpan();
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(span, (uint)record.Length);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(span[8..], subsys);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(span[12..], mask);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(span[20..], sec);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64LittleEndian(span[24..], 123456);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(span[36..], pid);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(span[44..], 2310);
        tail.CopyTo(span[48..]);
        return record;
    }
}

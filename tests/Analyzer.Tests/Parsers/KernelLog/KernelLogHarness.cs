using System.Text;
using Analyzer.Detection;
using Analyzer.Families.Linux.Parsers.KernelLog;
using Analyzer.Parsing;
using Analyzer.Rules.Facts;

namespace Analyzer.Tests.Parsers.KernelLog;

/// <summary>Runs the kernel-log parser over text or a sample and exposes its facts.</summary>
internal sealed class KernelLogHarness
{
    public required List<IFact> Facts { get; init; }
    public required ParseContext Context { get; init; }

    public IEnumerable<T> Of<T>() => Facts.OfType<T>();
    public T Single<T>() => Assert.Single(Facts.OfType<T>());

    public static KernelLogHarness Run(byte[] bytes, string path = "dmesg.txt")
    {
        var facts = new List<IFact>();
        using var stream = new MemoryStream(bytes);
        var context = new ParseContext(path, stream, facts.Add);
        new KernelLogParser().Parse(context);
        return new KernelLogHarness { Facts = facts, Context = context };
    }

    public static KernelLogHarness Run(string text, string path = "dmesg.txt") => Run(Encoding.UTF8.GetBytes(text), path);

    public static KernelLogHarness Sample(string name) => Run(SampleBytes(name), name);

    public static DetectionConfidence Detect(string path, byte[] bytes) =>
        new KernelLogParser().Detect(new EntryProbe(path, bytes.AsMemory(0, Math.Min(bytes.Length, EntryProbe.HeadSize)), bytes.Length <= EntryProbe.HeadSize));

    public static DetectionConfidence Detect(string path, string text) => Detect(path, Encoding.UTF8.GetBytes(text));

    public static byte[] SampleBytes(string name) =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Parsers", "KernelLog", "samples", name));
}

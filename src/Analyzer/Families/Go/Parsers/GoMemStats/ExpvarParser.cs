using System.Text.Json;
using Analyzer.Detection;
using Analyzer.Families.Go.Facts;
using Analyzer.Inventory;
using Analyzer.Parsing;

namespace Analyzer.Families.Go.Parsers.GoMemStats;

/// <summary>
/// expvar /debug/vars JSON: its "memstats" (and "cmdline") become one <see cref="Families.Go.Facts.GoMemStats"/> fact.
/// A bare <c>json.Marshal(runtime.MemStats)</c> object is read the same way (format <c>memstats-json</c>).
/// </summary>
public sealed class ExpvarParser : IFormatParser
{
    /// <summary>Real captures are a few KB plus application vars; past this the rest is not read.</summary>
    public const int MaxBytes = 64 * 1024 * 1024;

    public string Format => "go-expvar";
    public string Source => GoSources.Runtime;
    public bool ScansUnclaimedText => false;

    public bool NameSuggests(EntryProbe nameOnly) => ExpvarDetection.IsVarsName(nameOnly.FileName);

    public DetectionConfidence Detect(EntryProbe probe) => ExpvarDetection.Detect(probe);

    public void Parse(ParseContext context)
    {
        var (bytes, capped) = ReadCapped(context.Content);
        var values = new MemStatsValues();
        var reader = new ExpvarReader(bytes);
        string? damage = null;
        try
        {
            reader.Read(values);
        }
        catch (JsonException e)
        {
            damage = capped ? $"only the first {MaxBytes} bytes were read" : JsonDamage.Describe(e);
        }

        if (reader.Bare)
        {
            // A bare MemStats cut short still shows the fields before the cut (HeapAlloc comes 7th): keep them.
            if (!values.HasHeap)
            {
                context.Problem(InputStatus.Failed, $"no usable runtime.MemStats JSON: cut off or damaged before HeapAlloc: {damage}");
                return;
            }
            if (damage is not null)
                context.Problem(InputStatus.Partial, $"runtime.MemStats JSON cut off or damaged: {damage}; the fields before it are kept");
            context.Emit(values.ToFact(context.Path, "memstats-json", 1));
            return;
        }
        if (!reader.MemStatsComplete)
        {
            var reason = damage is null ? "no \"memstats\" object" : $"JSON cut off or damaged before \"memstats\" ended: {damage}";
            context.Problem(InputStatus.Failed, $"no usable expvar memstats: {reason}");
            return;
        }
        if (damage is not null)
            context.Problem(InputStatus.Partial, $"JSON cut off or damaged after \"memstats\": {damage}");
        context.Emit(values.ToFact(context.Path, "expvar", 1));
    }

    private static (byte[] Bytes, bool Capped) ReadCapped(Stream content)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length < MaxBytes && (read = content.Read(chunk, 0, (int)Math.Min(chunk.Length, MaxBytes - buffer.Length))) > 0)
            buffer.Write(chunk, 0, read);
        var capped = buffer.Length >= MaxBytes && content.Read(chunk, 0, 1) > 0;
        return (buffer.ToArray(), capped);
    }
}

using Analyzer.Detection;
using Analyzer.Families.Linux.Facts;
using Analyzer.Inventory;
using Analyzer.Parsing;
using Analyzer.Text;

namespace Analyzer.Families.Linux.Parsers.KernelLog;

/// <summary>
/// Kernel logs in every transport of formats.md §4.1 (dmesg raw/-T, kern.log/syslog/messages, journalctl -k and its
/// short-iso/short-precise forms, console and pstore captures): each report becomes one fact (hung task, Oops/BUG,
/// panic, lockup, RCU stall, OOM kill, ZFS assertion); block errors and Lustre console messages are counted per
/// device / per kind and target. Streams: memory does not grow with the file.
/// </summary>
public sealed class KernelLogParser : IFormatParser
{
    public string Format => "kernel-log";
    public string Source => KernelSources.KernelLog;
    public bool ScansUnclaimedText => false;

    /// <summary>Other programs write here too: a Go service's panic in the journal, the client's own panic in its log.</summary>
    public bool CarriesEmbeddedText => true;

    public DetectionConfidence Detect(EntryProbe probe) => KernelLogDetection.Detect(probe);

    public void Parse(ParseContext context)
    {
        using var reader = new LineReader(context.Content);
        var machine = new KernelLogMachine(context.Path, context.Emit);
        var cut = 0L;
        var invalid = 0L;
        while (reader.TryReadLine(out var line))
        {
            if (reader.LineTruncated) cut++;
            if (reader.LineHadInvalidUtf8) invalid++;
            machine.Feed(line, reader.LineNumber);
        }
        machine.Finish();
        // Lines with a kernel marker, or facts from unprefixed kernel text (a pasted console capture).
        var kernelText = machine.KernelLines + context.FactCount;

        if (reader.LineNumber == 0)
        {
            context.Problem(InputStatus.Failed, "empty kernel log");
            return;
        }
        // A system log whose lines are all other programs' was read: the kernel said nothing in it. Only a file in no
        // log form at all (a setting named like a log) is not understood.
        if (kernelText == 0 && machine.OtherProgramLines > 0)
            context.Problem(InputStatus.Parsed, $"a system log without kernel messages: {machine.OtherProgramLines} line(s) of other programs");
        else if (kernelText == 0)
            context.Problem(InputStatus.Unrecognized, "named like a system log, but no kernel message was found in it");
        if (cut > 0)
            context.Problem(InputStatus.Partial, $"{cut} over-long line(s) were cut at {reader.MaxLineBytes} bytes");
        if (invalid > 0)
            context.Problem(InputStatus.Partial, $"{invalid} line(s) held invalid UTF-8 (replaced)");
        if (machine.ReportsDropped > 0)
            context.Problem(InputStatus.Partial, $"{machine.ReportsDropped} kernel report(s) after the first {KernelLogMachine.MaxReports} were counted but not kept");
        foreach (var note in machine.Notes)
            context.Problem(InputStatus.Partial, note);
        if (machine.AggregateOverflow > 0)
            context.Problem(InputStatus.Partial, $"{machine.AggregateOverflow} block/Lustre error line(s) of devices or targets beyond the tracked {BlockErrorAggregator.MaxDevices} were counted but not kept");
    }
}

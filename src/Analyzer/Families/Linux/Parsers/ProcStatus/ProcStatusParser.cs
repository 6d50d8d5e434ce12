using Analyzer.Detection;
using Analyzer.Families.Linux.Facts;
using Analyzer.Inventory;
using Analyzer.Parsing;
using Analyzer.Rules.Facts;
using Analyzer.Text;

namespace Analyzer.Families.Linux.Parsers.ProcStatus;

/// <summary>
/// /proc/PID/status (formats.md §5.4): `Key:\tValue` lines, `State:\tD (disk sleep)`. Each `Name:` line starts a
/// record (one file per task, or several concatenated); each record becomes one <see cref="Process"/>.
/// </summary>
public sealed class ProcStatusParser : IFormatParser
{
    public string Format => "proc-status";
    public string Source => HostSources.Processes;
    public bool ScansUnclaimedText => false;

    public bool NameSuggests(EntryProbe nameOnly) => nameOnly.FileName == "status" && NameHints.HasFolder(nameOnly.HostPath, "proc/");

    public DetectionConfidence Detect(EntryProbe probe)
    {
        if (probe.IsBinary) return DetectionConfidence.None;
        var lines = probe.HeadLines.Take(60).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var name = lines.FindIndex(l => l.StartsWith("Name:", StringComparison.Ordinal));
        if (name < 0 || !lines.Any(l => l.StartsWith("State:", StringComparison.Ordinal)) || !lines.Any(l => l.StartsWith("Pid:", StringComparison.Ordinal)))
            return probe.Path.EndsWith("/status", StringComparison.Ordinal) && lines.Any(l => l.StartsWith("State:", StringComparison.Ordinal)) ? DetectionConfidence.Name : DetectionConfidence.None;
        return name == 0 ? DetectionConfidence.ContentAtStart : name <= 2 ? DetectionConfidence.Content : DetectionConfidence.None;
    }

    public void Parse(ParseContext context)
    {
        using var reader = new LineReader(context.Content);
        Record? record = null;
        var records = 0;
        while (reader.TryReadLine(out var raw))
        {
            var line = raw.Trim();
            var colon = line.IndexOf(':');
            if (colon <= 0) continue;
            var key = line[..colon];
            var value = line[(colon + 1)..].Trim();
            if (key.SequenceEqual("Name"))
            {
                if (record is not null) Emit(record);
                record = new Record(reader.LineNumber) { Name = value.ToString() };
                continue;
            }
            if (record is null) continue;
            switch (key)
            {
                case "State":
                    record.State = value.IsEmpty ? "?" : value[0].ToString();
                    record.StateLine = reader.LineNumber;
                    record.StateExcerpt = Excerpt.Of(line);
                    break;
                case "Pid": record.Pid = HostNumber.Long(value); break;
                case "Tgid": record.Tgid = HostNumber.Long(value); break;
                case "PPid": record.Ppid = HostNumber.Long(value); break;
                case "Threads": record.Threads = HostNumber.Long(value); break;
                case "VmRSS": record.RssKb = HostNumber.Long(value.EndsWith(" kB") ? value[..^3] : value); break;
            }
        }
        if (record is not null) Emit(record);
        if (records == 0) context.Problem(InputStatus.Failed, "no `Name:` record with a `State:` line");

        void Emit(Record r)
        {
            var pid = r.Pid ?? ProcStack.ProcStackParser.PidOf(context.Path);
            if (r.State is null || pid is null)
            {
                context.Problem(InputStatus.Partial, $"record at line {r.Line} has no State or Pid");
                return;
            }
            records++;
            context.Emit(new Process
            {
                Provenance = new Provenance(context.Path, r.StateLine, r.StateLine, r.StateExcerpt),
                Path = context.Path,
                Format = Format,
                Pid = pid.Value,
                Tgid = r.Tgid is { } t && t != pid ? t : null,
                Ppid = r.Ppid,
                Comm = r.Name,
                State = r.State,
                Stat = r.State,
                RssKb = r.RssKb,
                Threads = r.Threads,
                Reason = "status",
            });
        }
    }

    private sealed class Record(int line)
    {
        public int Line { get; } = line;
        public required string Name { get; init; }
        public string? State { get; set; }
        public int StateLine { get; set; }
        public string StateExcerpt { get; set; } = "";
        public long? Pid { get; set; }
        public long? Tgid { get; set; }
        public long? Ppid { get; set; }
        public long? Threads { get; set; }
        public long? RssKb { get; set; }
    }
}

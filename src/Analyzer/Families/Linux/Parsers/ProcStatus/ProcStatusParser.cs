using Analyzer.Detection;
using Analyzer.Families.Linux.Facts;
using Analyzer.Inventory;
using Analyzer.Parsing;
using Analyzer.Rules.Facts;
using Analyzer.Text;

namespace Analyzer.Families.Linux.Parsers.ProcStatus;

/// <summary>
/// /proc/PID/status (formats.md §5.4): `Key:\tValue` lines, `State:\tD (disk sleep)`; pasted copies have spaces for
/// the tabs. Each `Name:` line starts a record (one file per task, or several concatenated); so does a `==> /proc/N/status
/// <==` line of `head`, and a key the open record already has (a record whose first lines were cut). Each record
/// becomes one <see cref="Process"/>; the pid comes from `Pid:`, else from the `head` line, a `grep` prefix
/// (`/proc/N/status:State: D`) or the path.
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
        var lines = probe.HeadLines.Take(60).Select(l => StatusLine.WithoutGrepPrefix(l.AsSpan().Trim()).ToString()).Where(l => l.Length > 0).ToList();
        var name = lines.FindIndex(l => l.StartsWith("Name:", StringComparison.Ordinal));
        var state = lines.FindIndex(StatusLine.IsStateLine);
        var pid = lines.FindIndex(l => l.StartsWith("Pid:", StringComparison.Ordinal) || l.StartsWith("Tgid:", StringComparison.Ordinal) || l.StartsWith("PPid:", StringComparison.Ordinal));
        if (state < 0) return DetectionConfidence.None;
        if (name >= 0 && pid >= 0)
            return name == 0 ? DetectionConfidence.ContentAtStart : name <= 2 ? DetectionConfidence.Content : DetectionConfidence.None;
        // A record whose Name: line was cut (head -n, a partial copy): `State: D (disk sleep)` with its ids near it.
        if (pid >= 0 && Math.Abs(pid - state) <= 4 && state <= 3) return DetectionConfidence.Content;
        // `grep State /proc/*/status`: the file prefix names the pid.
        var first = probe.HeadLines.FirstOrDefault(l => l.Trim().Length > 0)?.Trim() ?? "";
        if (StatusLine.PidOfPrefix(first) is not null && StatusLine.IsStateLine(StatusLine.WithoutGrepPrefix(first).ToString()))
            return DetectionConfidence.ContentAtStart;
        return probe.Path.EndsWith("/status", StringComparison.Ordinal) ? DetectionConfidence.Name : DetectionConfidence.None;
    }

    public void Parse(ParseContext context)
    {
        using var reader = new LineReader(context.Content);
        Record? record = null;
        long? sectionPid = null;
        var records = 0;
        while (reader.TryReadLine(out var raw))
        {
            var line = raw.Trim();
            if (StatusLine.IsHeadSection(line, out var section))
            {
                if (record is not null) Emit(record);
                record = null;
                sectionPid = section;
                continue;
            }
            var stripped = StatusLine.WithoutGrepPrefix(line);
            if (stripped.Length != line.Length)
            {
                var prefixed = StatusLine.PidOfPrefix(line);
                if (prefixed != sectionPid)
                {
                    if (record is not null) Emit(record);
                    record = null;
                    sectionPid = prefixed;
                }
                line = stripped;
            }
            var colon = line.IndexOf(':');
            if (colon <= 0) continue;
            var key = line[..colon];
            var value = line[(colon + 1)..].Trim();
            if (key.SequenceEqual("Name"))
            {
                if (record is not null) Emit(record);
                record = new Record(reader.LineNumber, sectionPid) { Name = value.ToString() };
                continue;
            }
            if (!StatusLine.IsStatusKey(key)) continue;
            if (record is null || record.Has(key))
            {
                if (record is not null) Emit(record);
                record = new Record(reader.LineNumber, sectionPid) { Name = null };
            }
            record.Seen(key);
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
        if (records == 0) context.Problem(InputStatus.Failed, "no /proc/PID/status record with a `State:` line");

        void Emit(Record r)
        {
            var pid = r.Pid ?? r.SectionPid ?? ProcStack.ProcStackParser.PidOf(context.Path);
            if (r.State is null || pid is null)
            {
                context.Problem(InputStatus.Partial, $"record at line {r.Line} has no State or Pid");
                return;
            }
            records++;
            if (r.Name is null)
                context.Problem(InputStatus.Partial, $"record at line {r.Line} has no `Name:` line (cut above it): the command is unknown");
            context.Emit(new Process
            {
                Provenance = new Provenance(context.Path, r.StateLine, r.StateLine, r.StateExcerpt),
                Path = context.Path,
                Format = Format,
                Pid = pid.Value,
                Tgid = r.Tgid is { } t && t != pid ? t : null,
                Ppid = r.Ppid,
                Comm = r.Name ?? "?",
                State = r.State,
                Stat = r.State,
                RssKb = r.RssKb,
                Threads = r.Threads,
                Reason = "status",
            });
        }
    }

    private sealed class Record(int line, long? sectionPid)
    {
        private readonly HashSet<string> _keys = new(StringComparer.Ordinal);

        public int Line { get; } = line;
        public long? SectionPid { get; } = sectionPid;
        public required string? Name { get; init; }
        public string? State { get; set; }
        public int StateLine { get; set; }
        public string StateExcerpt { get; set; } = "";
        public long? Pid { get; set; }
        public long? Tgid { get; set; }
        public long? Ppid { get; set; }
        public long? Threads { get; set; }
        public long? RssKb { get; set; }

        public bool Has(ReadOnlySpan<char> key) => _keys.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key);

        public void Seen(ReadOnlySpan<char> key) => _keys.GetAlternateLookup<ReadOnlySpan<char>>().Add(key);
    }
}

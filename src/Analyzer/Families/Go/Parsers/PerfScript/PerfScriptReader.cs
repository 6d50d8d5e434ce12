using Analyzer.Families.Go.Stacks;

namespace Analyzer.Families.Go.Parsers.PerfScript;

/// <summary>
/// The line-by-line state of a `perf script` read: the sample being collected (header, then its frames leaf first,
/// ended by a blank line or the next header) and what the inventory needs to know. Holds one sample at a time.
/// </summary>
internal sealed class PerfScriptReader(StackProfileBuilder builder)
{
    private const int MaxNamedCommands = 8;
    private const int MaxNamedEvents = 8;

    private bool _inSample;
    private bool _skipping;
    private int _leafLine;
    private int _commFrame;
    private string _leafExcerpt = "";
    private int _frames;
    private double? _firstTime;
    private double? _lastTime;
    private long? _lastPeriod;

    /// <summary>
    /// Headers read before the event and period are settled: one cut header (a paste that began mid-line drops its
    /// comm and period) must not decide that the profile counts samples instead of weighing them by period.
    /// </summary>
    private const int DecidingHeaders = 8;
    private readonly List<PendingSample> _pending = [];
    private readonly List<int> _path = [];
    private PerfSampleHeader _header;
    private string _headerExcerpt = "";
    private int _headerLine;
    private bool _decided;

    public StackProfileBuilder Builder { get; } = builder;
    public string? KeptEvent { get; private set; }
    public bool PeriodShown { get; private set; }
    public long FirstPeriod { get; private set; }
    public int FirstHeaderLine { get; private set; }
    public string FirstHeaderExcerpt { get; private set; } = "";
    public long UnreadLines { get; private set; }
    public int FirstUnreadLine { get; private set; }
    public long CutLines { get; private set; }
    public long OtherEventSamples { get; private set; }
    public SortedSet<string> OtherEvents { get; } = new(StringComparer.Ordinal);
    public SortedSet<string> Commands { get; } = new(StringComparer.Ordinal);

    private long _timedSamples;

    /// <summary>
    /// The time the samples cover: first to last timestamp, widened by one mean sampling interval (n samples span
    /// n - 1 intervals but stand for n), so a profile's CPU share is not overstated.
    /// </summary>
    public TimeSpan Duration
    {
        get
        {
            if (_firstTime is not { } a || _lastTime is not { } b || b <= a || _timedSamples < 2)
                return TimeSpan.Zero;
            var seconds = (b - a) * _timedSamples / (_timedSamples - 1);
            return TimeSpan.FromTicks((long)Math.Round(seconds * TimeSpan.TicksPerSecond));
        }
    }

    public void Read(ReadOnlySpan<char> line, int number, bool truncated)
    {
        if (truncated)
            CutLines++;
        if (line.IsWhiteSpace())
        {
            EndSample();
            return;
        }
        if (char.IsWhiteSpace(line[0]))
        {
            if (_skipping)
                return;
            if (_inSample && PerfFrame.TryParse(line, out var frame))
                AddFrame(frame, line, number);
            else
                Unread(number);
            return;
        }
        if (line[0] == '#' && !_inSample)
            return;
        if (_inSample && PerfFrame.TryParseUnindented(line, out var bare))
        {
            // A callchain line whose TAB a paste trimmed.
            if (!_skipping)
                AddFrame(bare, line, number);
            return;
        }
        EndSample();
        if (PerfSampleHeader.TryParse(line) is not { } header)
        {
            Unread(number);
            return;
        }
        StartSample(header, line, number);
    }

    public void EndSample()
    {
        if (_inSample && !_skipping)
        {
            _path.Add(_commFrame); // frames came leaf first; the command goes last so that, reversed, it is the root
            if (_decided)
                Fold(_path, _header.Period, _header.Time, _header.Comm, _leafLine, _leafExcerpt);
            else
            {
                _pending.Add(new PendingSample([.. _path], _header.Event, _header.Period, _header.Time, _header.Comm, _leafLine, _leafExcerpt, _headerLine, _headerExcerpt));
                if (_pending.Count == DecidingHeaders)
                    Decide();
            }
        }
        _inSample = false;
        _skipping = false;
    }

    /// <summary>End of input: samples still waiting for the decision are folded now.</summary>
    public void Finish()
    {
        EndSample();
        if (!_decided && _pending.Count > 0)
            Decide();
    }

    /// <summary>The event most of the first headers name, weighed by period when most of its headers show one.</summary>
    private void Decide()
    {
        _decided = true;
        var evt = _pending.GroupBy(p => p.Event, StringComparer.Ordinal).MaxBy(g => g.Count())!.Key; // ties: the first seen
        var kept = _pending.Where(p => p.Event == evt).ToList();
        KeptEvent = evt;
        PeriodShown = kept.Count(p => p.Period is not null) * 2 > kept.Count;
        FirstPeriod = kept.FirstOrDefault(p => p.Period is not null)?.Period ?? 0;
        var first = kept.FirstOrDefault(p => p.Period is not null == PeriodShown) ?? kept[0];
        FirstHeaderLine = first.HeaderLine;
        FirstHeaderExcerpt = first.HeaderExcerpt;
        foreach (var sample in _pending)
        {
            if (sample.Event != evt)
                CountOther(sample.Event);
            else
                Fold(sample.Path, sample.Period, sample.Time, sample.Comm, sample.Line, sample.LeafExcerpt);
        }
        _pending.Clear();
    }

    private void Fold(IReadOnlyList<int> path, long? period, double? time, string comm, int line, string leafExcerpt)
    {
        if (period is { } p)
            _lastPeriod = p;
        var value = PeriodShown ? period ?? _lastPeriod ?? FirstPeriod : 1;
        if (time is { } t)
        {
            _firstTime = _firstTime is { } first && first < t ? first : t;
            _timedSamples++;
            _lastTime = _lastTime is { } last && last > t ? last : t;
        }
        if (Commands.Count < MaxNamedCommands)
            Commands.Add(comm);
        Builder.BeginSample();
        foreach (var frame in path)
            Builder.Push(frame);
        Builder.EndSample(value, leafFirst: true, line, leafExcerpt);
    }

    private void CountOther(string evt)
    {
        OtherEventSamples++;
        if (OtherEvents.Count < MaxNamedEvents)
            OtherEvents.Add(evt);
    }

    private void StartSample(PerfSampleHeader header, ReadOnlySpan<char> line, int number)
    {
        _inSample = true;
        if (_decided && header.Event != KeptEvent)
        {
            _skipping = true;
            CountOther(header.Event);
            return;
        }
        _header = header;
        _headerExcerpt = _decided ? "" : line.Trim().ToString();
        _headerLine = number;
        _leafLine = number;
        _frames = 0;
        _leafExcerpt = "";
        _path.Clear();
        // Recorded without -g, the sample's only frame follows the event on the header line.
        if (header.Rest.Length > 0 && PerfFrame.TryParse(header.Rest, out var inline))
            AddFrame(inline, line, number);
        _commFrame = Builder.Intern(header.Comm, kernel: false, process: true);
    }

    private void AddFrame(PerfFrame frame, ReadOnlySpan<char> line, int number)
    {
        var id = frame.Unknown ? Builder.Intern(frame.UnknownName(), frame.Kernel) : Builder.Intern(frame.Symbol, frame.Kernel);
        if (_frames == 0)
        {
            // The leaf's line is kept only until its function has a citation: no string per sample.
            _leafExcerpt = Builder.IsCited(id) ? "" : line.Trim().ToString();
            _leafLine = number;
        }
        _frames++;
        _path.Add(id);
    }

    private void Unread(int number)
    {
        UnreadLines++;
        if (FirstUnreadLine == 0)
            FirstUnreadLine = number;
    }
}

namespace Analyzer.Families.Go.Parsers.GoStacks;

/// <summary>
/// The goroutine currently being read. One instance is reused for every goroutine of a file, so reading a member of
/// an existing group allocates nothing: frames are ids, arguments and the header are copied into a reusable buffer.
/// </summary>
internal sealed class GoroutineScratch
{
    /// <summary>Frames kept per goroutine; the runtime prints at most ~100, more means garbage.</summary>
    public const int MaxFrames = 1024;
    private const int MaxText = 1 << 20;

    private FrameRef[] _frames = new FrameRef[64];
    private char[] _text = new char[4096];
    private int _textLength;
    private readonly List<(int Start, int Length)> _mutexes = [];

    public bool Active { get; private set; }
    public long Id { get; private set; }
    public int StateId { get; private set; }
    public int WaitMinutes { get; private set; }
    public bool Locked { get; private set; }
    public int StartLine { get; private set; }
    public int EndLine { get; set; }
    public int CreatedBy { get; set; } = -1;
    public bool Elided { get; set; }
    /// <summary>The header was read but no frame yet ("goroutine running on other thread" counts as content).</summary>
    public bool HasContent { get; set; }
    public int FrameCount { get; private set; }
    public ReadOnlySpan<FrameRef> Frames => _frames.AsSpan(0, FrameCount);
    public ReadOnlySpan<char> Header => _text.AsSpan(0, _headerLength);
    public IReadOnlyList<(int Start, int Length)> MutexArgs => _mutexes;

    private int _headerLength;

    public void Begin(long id, int stateId, int waitMinutes, bool locked, int line, ReadOnlySpan<char> header)
    {
        Active = true;
        Id = id;
        StateId = stateId;
        WaitMinutes = waitMinutes;
        Locked = locked;
        StartLine = EndLine = line;
        Count = 1;
        MaxWaitMinutes = waitMinutes;
        Summary = false;
        CreatedBy = -1;
        Elided = false;
        HasContent = false;
        FrameCount = 0;
        _textLength = 0;
        _mutexes.Clear();
        _headerLength = Append(header).Length;
    }

    public void End() => Active = false;

    /// <summary>Goroutines this block stands for: 1, or a summarised group's count.</summary>
    public long Count { get; private set; }
    public int MaxWaitMinutes { get; private set; }
    /// <summary>The block is a summarised group (<see cref="GoSummaryHeader"/>): its count and state are content.</summary>
    public bool Summary { get; private set; }

    public void SetSummary(long count, int maxWaitMinutes)
    {
        Count = count;
        MaxWaitMinutes = Math.Max(WaitMinutes, maxWaitMinutes);
        Summary = true;
        HasContent = true;
    }

    public ReadOnlySpan<char> Text(int start, int length) => _text.AsSpan(start, length);

    /// <summary>Adds a frame whose location is not known yet; <see cref="SetLocation"/> fills it in.</summary>
    public void AddFrame(int function, ReadOnlySpan<char> args)
    {
        if (FrameCount == MaxFrames)
            return;
        if (FrameCount == _frames.Length)
            Array.Resize(ref _frames, _frames.Length * 2);
        var (start, length) = Append(args);
        _frames[FrameCount++] = new FrameRef(function, -1, 0, start, length);
        HasContent = true;
    }

    public void SetLocation(int file, int line)
    {
        if (FrameCount > 0)
            _frames[FrameCount - 1] = _frames[FrameCount - 1] with { File = file, Line = line };
    }

    /// <summary>Remembers the last frame's first argument as a mutex address (range of its args).</summary>
    public void AddMutexFromLastFrame()
    {
        if (FrameCount == 0 || _mutexes.Count >= 8)
            return;
        var f = _frames[FrameCount - 1];
        var args = _text.AsSpan(f.ArgsStart, f.ArgsLength);
        var end = args.IndexOfAny(',', ' ', '}');
        var first = (end < 0 ? args : args[..end]).TrimEnd('?');
        if (first.StartsWith("0x", StringComparison.Ordinal) && first.Length > 2)
            _mutexes.Add((f.ArgsStart, first.Length));
    }

    private (int Start, int Length) Append(ReadOnlySpan<char> s)
    {
        if (_textLength + s.Length > MaxText)
            s = s[..Math.Max(0, MaxText - _textLength)];
        if (_textLength + s.Length > _text.Length)
            Array.Resize(ref _text, Math.Max(_text.Length * 2, _textLength + s.Length));
        s.CopyTo(_text.AsSpan(_textLength));
        var start = _textLength;
        _textLength += s.Length;
        return (start, s.Length);
    }

    /// <summary>Hash of what makes a group: state, each frame's function, file and line, and the creator.</summary>
    public ulong GroupHash()
    {
        var h = Mix(0x9E3779B97F4A7C15UL, (ulong)(uint)StateId);
        h = Mix(h, (ulong)(uint)CreatedBy);
        foreach (var f in Frames)
        {
            h = Mix(h, (ulong)(uint)f.Function);
            h = Mix(h, ((ulong)(uint)f.File << 32) | (uint)f.Line);
        }
        return h;
    }

    private static ulong Mix(ulong h, ulong v)
    {
        h ^= v + 0x9E3779B97F4A7C15UL + (h << 6) + (h >> 2);
        h *= 0xBF58476D1CE4E5B9UL;
        return h ^ (h >> 31);
    }
}

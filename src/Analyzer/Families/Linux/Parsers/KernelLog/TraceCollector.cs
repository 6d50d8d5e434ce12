namespace Analyzer.Families.Linux.Parsers.KernelLog;

/// <summary>
/// The call trace of the report being read: at most <see cref="MaxFrames"/> frames (deeper ones are counted, not
/// kept), the distinct modules, and the innermost frames that are not scheduler/dump/interrupt noise.
/// </summary>
internal sealed class TraceCollector
{
    public const int MaxFrames = 32;
    private const int MaxTop = 4;
    private const int MaxModules = 8;

    private readonly List<string> _frames = new(MaxFrames);
    private readonly List<string> _top = new(MaxTop);
    private readonly List<string> _unreliableTop = new(MaxTop);
    private readonly List<string> _modules = new(MaxModules);

    public int Dropped { get; private set; }
    public string? FirstModule => _modules.Count > 0 ? _modules[0] : null;

    public void Clear()
    {
        _frames.Clear();
        _top.Clear();
        _unreliableTop.Clear();
        _modules.Clear();
        Dropped = 0;
    }

    public void Add(ReadOnlySpan<char> function, ReadOnlySpan<char> module, bool unreliable)
    {
        if (_frames.Count >= MaxFrames)
        {
            Dropped++;
            return;
        }
        var text = Format(function, module);
        _frames.Add(unreliable ? "? " + text : text);
        if (!module.IsEmpty && _modules.Count < MaxModules && !Contains(_modules, module))
            _modules.Add(module.ToString());
        if (FrameNoise.IsNoise(function))
            return;
        var top = unreliable ? _unreliableTop : _top;
        if (top.Count < MaxTop)
            top.Add(text);
    }

    public IReadOnlyList<string> Frames() => _frames.ToArray();
    public IReadOnlyList<string> Modules() => _modules.ToArray();

    /// <summary>Reliable meaningful frames; when every frame was a `?` guess (old kernels), the guesses.</summary>
    public string TopFrames() => string.Join(" ← ", _top.Count > 0 ? _top : _unreliableTop);

    public static string Format(ReadOnlySpan<char> function, ReadOnlySpan<char> module) =>
        module.IsEmpty ? function.ToString() : $"{function} [{module}]";

    private static bool Contains(List<string> list, ReadOnlySpan<char> value)
    {
        foreach (var s in list)
            if (value.SequenceEqual(s))
                return true;
        return false;
    }
}

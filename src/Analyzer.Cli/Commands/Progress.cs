namespace Analyzer.Cli.Commands;

/// <summary>
/// One self-rewriting status line on stderr ("triage: reading the bundle… 3 s") for work that takes over a second,
/// and only when stderr is a terminal: in a CI log or a redirected file it would be noise in the one stream that
/// carries errors. The line is erased when the work is done, so the report and the errors stay as they were.
/// </summary>
internal sealed class Progress : IDisposable
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Period = TimeSpan.FromMilliseconds(250);

    private readonly TextWriter? _writer;
    private readonly Timer? _timer;
    private readonly DateTime _start = DateTime.UtcNow;
    private readonly Lock _lock = new();
    private string _phase;
    private bool _shown;
    private bool _done;

    private Progress(TextWriter? writer, string phase)
    {
        _writer = writer;
        _phase = phase;
        if (writer is not null) _timer = new Timer(_ => Show(), null, Delay, Period);
    }

    /// <summary>A progress line on stderr when stderr is a terminal; otherwise one that says nothing.</summary>
    public static Progress Start(string phase) => new(Console.IsErrorRedirected ? null : Console.Error, phase);

    public string Phase
    {
        set
        {
            lock (_lock) _phase = value;
        }
    }

    private void Show()
    {
        lock (_lock)
        {
            if (_writer is null || _done) return;
            var seconds = (int)(DateTime.UtcNow - _start).TotalSeconds;
            // \r and "erase to end of line": the line rewrites itself instead of scrolling.
            _writer.Write($"\rtriage: {_phase}… {seconds} s\u001b[K");
            _writer.Flush();
            _shown = true;
        }
    }

    public void Dispose()
    {
        _timer?.Dispose();
        lock (_lock)
        {
            // A tick already queued must not draw the line again after it was erased.
            _done = true;
            if (!_shown || _writer is null) return;
            _writer.Write("\r\u001b[K");
            _writer.Flush();
            _shown = false;
        }
    }
}

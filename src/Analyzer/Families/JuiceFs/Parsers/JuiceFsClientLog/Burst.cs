namespace Analyzer.Families.JuiceFs.Parsers.JuiceFsClientLog;

/// <summary>Running tally of one warning/error pattern.</summary>
internal sealed class Burst(string pattern, string component, string message, long time, long line)
{
    public string Pattern { get; } = pattern;
    public string Component { get; } = component;
    public string Message { get; } = message;
    public long FirstMicros { get; } = time;
    public long FirstLine { get; } = line;
    public LogLevel Level { get; private set; }
    public long Count { get; private set; }
    public long LastMicros { get; private set; } = time;
    public long LastLine { get; private set; } = line;
    public long PeakPerMinute { get; private set; }

    private long _minute = long.MinValue;
    private long _inMinute;

    public void Add(LogLevel level, long time, long line)
    {
        Count++;
        if (level > Level) Level = level;
        LastMicros = Math.Max(LastMicros, time);
        LastLine = line;
        var minute = time / 60_000_000;
        if (minute != _minute)
        {
            _minute = minute;
            _inMinute = 0;
        }
        _inMinute++;
        PeakPerMinute = Math.Max(PeakPerMinute, _inMinute);
    }
}

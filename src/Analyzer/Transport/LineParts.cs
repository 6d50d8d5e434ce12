namespace Analyzer.Transport;

/// <summary>
/// What unwrapping one line produced: the payload and what the wrappers said about it. A ref struct so the spans
/// can point into the line or a scratch buffer without copying; it lives only while one line is processed.
/// </summary>
internal ref struct LineParts
{
    /// <summary>The text inside the wrappers removed so far.</summary>
    public ReadOnlySpan<char> Payload;

    /// <summary>The syslog/journald tag as written (<c>app[42]</c>), empty when no wrapper named a program.</summary>
    public ReadOnlySpan<char> Tag;

    /// <summary>The program name without its pid (<c>app</c>): one channel across restarts.</summary>
    public ReadOnlySpan<char> Program;

    /// <summary>The container stream (<c>stdout</c>/<c>stderr</c>) of docker and CRI lines.</summary>
    public ReadOnlySpan<char> Stream;

    /// <summary>The number a line-numbering wrapper put in front (cat -n, grep -n), -1 if none.</summary>
    public long Number;
}

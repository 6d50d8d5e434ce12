using System.Buffers;

namespace Analyzer.Transport.Unwrappers;

/// <summary>
/// The file name <c>grep</c> puts before each match when it searched several files or a tree (<c>grep -r</c>,
/// <c>grep pattern kern.log*</c>): <c>/var/log/kern.log:Dec  2 10:00:01 host kernel: …</c>. The path becomes the
/// program, so matches from several files split into one channel per file like a journal of several programs; a
/// <c>grep -rn</c> number after it is the next layer. The path has no space, starts like a path and holds a slash or a
/// dot; a Go frame's file line that lost its indentation (<c>/src/main.go:12 +0x1d</c>) and a <c>host:port</c> are not
/// taken, because a number and a space follow their colon.
/// </summary>
internal sealed class GrepPathUnwrapper : IUnwrapper
{
    public static GrepPathUnwrapper Instance { get; } = new();

    // Built once: the test runs on every line of a file whose wrapping is being learned or removed.
    private static readonly SearchValues<char> NotInPath = SearchValues.Create(" \t[]()<>|\"'=,;");
    private static readonly SearchValues<char> PathMarks = SearchValues.Create("/.");

    public string Name => "grep file names";

    public bool TryUnwrap(ReadOnlySpan<char> line, Span<char> scratch, ref LineParts parts)
    {
        if (line.IsEmpty || !(line[0] is '/' or '.' or '~' || char.IsAsciiLetterOrDigit(line[0])))
            return false;
        var colon = line.IndexOf(':');
        if (colon < 2)
            return false;
        var path = line[..colon];
        if (path.ContainsAny(NotInPath) || !path.ContainsAny(PathMarks) || path[^1] is '.' or '/')
            return false;
        var payload = line[(colon + 1)..];
        var digits = Scan.Digits(payload, 0);
        // "main.go:12 +0x1d", "main.go:12" (a source position) and "db.example.com:6379 ..." are not a file's matches;
        // "kern.log:12:…" (grep -n) is.
        if (digits > 0 && (digits == payload.Length || payload[digits] != ':'))
            return false;
        parts.Tag = path;
        parts.Program = path;
        parts.Payload = payload;
        return true;
    }
}

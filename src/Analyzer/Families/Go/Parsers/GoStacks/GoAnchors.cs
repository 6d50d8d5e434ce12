using Analyzer.Text;

namespace Analyzer.Families.Go.Parsers.GoStacks;

/// <summary>Lines that can start a Go dump (formats.md §1.7), checked after the transport prefix is stripped.</summary>
internal static class GoAnchors
{
    /// <summary>
    /// Texts of which every start line holds one, wherever a transport prefix puts it: <see cref="IsDumpStart"/> needs
    /// <c>panic: </c>, <c>fatal error: </c>, <c>SIG</c> (SIGQUIT and the fatal signals), <c>goroutine</c> (headers,
    /// summaries, profile headers, <c>runtime: goroutine stack exceeds</c>) or a count then <c>: </c> that starts the
    /// payload (panicparse buckets); a race report starts <c>WARNING: DATA RACE</c>. A line without any of them cannot
    /// start anything, so the reader passes over it undecoded while no dump is open
    /// (<see cref="Analyzer.Text.LineReader.SkipLinesWithout"/>); a false candidate only costs the normal read.
    /// </summary>
    public static readonly AsciiNeedles StartCandidates = new(
    [
        ("panic: ", null), ("fatal error: ", null), ("SIG", null), ("goroutine", null), ("WARNING: DATA RACE", null),
        (AsciiNeedles.Digit + ": ", StartsWithCount),
    ]);

    /// <summary>The digit at <paramref name="at"/> ends a count that follows the line start, a space, a tab or a quote's <c>&gt;</c>.</summary>
    private static bool StartsWithCount(ReadOnlySpan<byte> text, int at)
    {
        var i = at + 1;
        while (i > 0 && char.IsAsciiDigit((char)text[i - 1])) i--;
        return i == 0 || text[i - 1] is (byte)' ' or (byte)'\t' or (byte)'>' or (byte)'\n';
    }

    /// <summary>Any dump start: traceback anchors or a debug=1 goroutine profile header.</summary>
    public static bool IsDumpStart(ReadOnlySpan<char> line) => IsTracebackStart(line) || IsProfileHeader(line);

    public static bool IsTracebackStart(ReadOnlySpan<char> line) =>
        line.StartsWith("panic: ", StringComparison.Ordinal)
        || line.StartsWith("fatal error: ", StringComparison.Ordinal)
        || line.StartsWith("SIGQUIT: quit", StringComparison.Ordinal)
        || IsSignalReport(line)
        || line.StartsWith("runtime: goroutine stack exceeds", StringComparison.Ordinal)
        || IsGoroutineHeader(line)
        || IsSummaryHeader(line);

    /// <summary>
    /// A fatal signal's report (<c>SIGABRT: abort</c>, <c>SIGSEGV: segmentation violation</c>, <c>SIGBUS: bus error</c>),
    /// which the runtime prints with <c>PC=... m=0 sigcode=0</c> and the goroutines when a signal kills the process
    /// (kill -ABRT, GOTRACEBACK=crash, a fault in non-Go code). SIGQUIT's own dump is the deliberate snapshot.
    /// </summary>
    public static bool IsSignalReport(ReadOnlySpan<char> line)
    {
        if (!line.StartsWith("SIG", StringComparison.Ordinal) || line.StartsWith("SIGQUIT", StringComparison.Ordinal))
            return false;
        var i = 3;
        while (i < line.Length && char.IsAsciiLetterUpper(line[i])) i++;
        return i >= 5 && line[i..].StartsWith(": ", StringComparison.Ordinal) && line.Length > i + 2 && char.IsAsciiLetterLower(line[i + 2]);
    }

    /// <summary>A goroutine header or the header of a summarised group (<see cref="GoSummaryHeader"/>).</summary>
    public static bool IsAnyHeader(ReadOnlySpan<char> line) => IsGoroutineHeader(line) || IsSummaryHeader(line);

    /// <summary><c>48 goroutines [semacquire]:</c> or <c>48: semacquire [4 minutes]</c>: a digit first, then the full parse.</summary>
    public static bool IsSummaryHeader(ReadOnlySpan<char> line) =>
        line.Length > 3 && char.IsAsciiDigit(line[0]) && GoSummaryHeader.TryParse(line, out _);

    /// <summary><c>goroutine 12 [</c> or <c>goroutine 12 gp=</c>: cheap pre-check, <see cref="GoHeader"/> does the rest.</summary>
    public static bool IsGoroutineHeader(ReadOnlySpan<char> line)
    {
        if (!line.StartsWith("goroutine ", StringComparison.Ordinal))
            return false;
        var rest = line[10..];
        var digits = 0;
        while (digits < rest.Length && char.IsAsciiDigit(rest[digits])) digits++;
        if (digits == 0)
            return false;
        rest = rest[digits..];
        return rest.StartsWith(" [", StringComparison.Ordinal) || rest.StartsWith(" gp=", StringComparison.Ordinal);
    }

    /// <summary><c>goroutine profile: total 10</c></summary>
    public static bool IsProfileHeader(ReadOnlySpan<char> line) =>
        line.StartsWith("goroutine profile: total ", StringComparison.Ordinal);

    /// <summary>Register dump after a signal: <c>rax    0x104</c>, <c>rflags 0x247</c>, <c>r10    0x0</c>.</summary>
    public static bool IsRegisterLine(ReadOnlySpan<char> line)
    {
        var i = 0;
        while (i < line.Length && (char.IsAsciiLetterLower(line[i]) || (i > 0 && char.IsAsciiDigit(line[i])))) i++;
        if (i == 0 || i > 8)
            return false;
        var name = i;
        while (i < line.Length && line[i] == ' ') i++;
        return i > name && line[i..].StartsWith("0x", StringComparison.Ordinal);
    }

    /// <summary><c>exit status 2</c> (go run / go test) and <c>FAIL	pkg	8.6s</c>-style lines are not ours.</summary>
    public static bool IsExitStatus(ReadOnlySpan<char> line) => line.StartsWith("exit status ", StringComparison.Ordinal);

    /// <summary>Frame location lines are indented by a TAB, or by spaces after copy/paste (one space for cgo <c> ??:0</c>).</summary>
    public static bool IsIndented(ReadOnlySpan<char> line) => line.Length > 0 && (line[0] == '\t' || line[0] == ' ');

    /// <summary>A function line, whatever its indentation: <c>main.(*T).f(0xc000010000, ...)</c>, <c>main.main()</c>.</summary>
    public static bool IsCall(ReadOnlySpan<char> line)
    {
        var s = line.Trim();
        return s.Length > 2 && s[^1] == ')' && s.LastIndexOf('(') > 0;
    }
}

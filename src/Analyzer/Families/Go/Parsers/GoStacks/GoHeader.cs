namespace Analyzer.Families.Go.Parsers.GoStacks;

/// <summary>
/// A goroutine header, parsed with spans (it is on the hot path: one per goroutine). Accepted forms (formats.md §1.3):
/// <code>
/// goroutine 1 [running]:
/// goroutine 3 [chan send, 101 minutes, locked to thread]:
/// goroutine 5 gp=0xc00004d180 m=nil [finalizer wait]:
/// goroutine 6 gp=0xc000003a40 m=nil [synctest.Run, synctest group 6]:
/// goroutine 9 [GC worker (idle) (scan)]:
/// </code>
/// Text between <c>]</c> and the final <c>:</c> is tolerated (Go 1.27 may print labels there).
/// </summary>
internal readonly ref struct GoHeader
{
    public long Id { get; init; }
    /// <summary>Element 0 of the bracket body without " (scan)".</summary>
    public ReadOnlySpan<char> State { get; init; }
    public int WaitMinutes { get; init; }
    public bool LockedToThread { get; init; }

    public static bool TryParse(ReadOnlySpan<char> line, out GoHeader header)
    {
        header = default;
        if (!line.StartsWith("goroutine ", StringComparison.Ordinal))
            return false;
        var rest = line[10..];
        long id = 0;
        var i = 0;
        while (i < rest.Length && char.IsAsciiDigit(rest[i]) && i < 18)
            id = id * 10 + (rest[i++] - '0');
        if (i == 0)
            return false;
        var open = rest[i..].IndexOf('[');
        if (open < 0)
            return false;
        var body = rest[(i + open + 1)..];
        var close = body.IndexOf(']');
        if (close < 0)
            return false;
        var tail = body[(close + 1)..].TrimEnd();
        if (tail.Length == 0 || tail[^1] != ':')
            return false;
        ParseBody(body[..close], out var state, out var minutes, out var locked);
        header = new GoHeader { Id = id, State = state, WaitMinutes = minutes, LockedToThread = locked };
        return true;
    }

    /// <summary>The bracket body: <c>chan send, 101 minutes, locked to thread</c>.</summary>
    public static void ParseBody(ReadOnlySpan<char> body, out ReadOnlySpan<char> state, out int minutes, out bool locked)
    {
        var comma = body.IndexOf(", ", StringComparison.Ordinal);
        state = comma < 0 ? body : body[..comma];
        if (state.EndsWith(" (scan)", StringComparison.Ordinal))
            state = state[..^7];
        minutes = 0;
        locked = false;
        while (comma >= 0)
        {
            body = body[(comma + 2)..];
            comma = body.IndexOf(", ", StringComparison.Ordinal);
            var element = comma < 0 ? body : body[..comma];
            if (element.SequenceEqual("locked to thread"))
                locked = true;
            else if (element.EndsWith(" minutes", StringComparison.Ordinal)
                     && int.TryParse(element[..^8], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var m))
                minutes = m;
            // "synctest group N" / "synctest bubble N" and unknown future elements carry nothing we group on.
        }
    }
}

namespace Analyzer.Families.Go.Parsers.GoStacks;

/// <summary>
/// The header of a group in a summarised dump, where a tool printed each distinct stack once with its count:
/// <code>
/// 48 goroutines [semacquire, 4 minutes]:          (summaries that keep the runtime's bracket and stack format)
/// 1 goroutine [running]:
/// 48: semacquire [4 minutes]                      (panicparse / pp buckets)
/// 3: chan receive [2~6 minutes] [locked] [Created by main.mainImpl @ baz.go:74]
/// </code>
/// A bucket header is only taken when its state is a Go wait reason, so numbered log lines are not.
/// </summary>
internal readonly ref struct GoSummaryHeader
{
    public long Count { get; init; }
    public ReadOnlySpan<char> State { get; init; }
    public int MinWaitMinutes { get; init; }
    public int MaxWaitMinutes { get; init; }
    public bool LockedToThread { get; init; }
    /// <summary>The creating function of a panicparse bucket (<c>[Created by F @ file:line]</c>), else empty.</summary>
    public ReadOnlySpan<char> CreatedBy { get; init; }

    public static bool TryParse(ReadOnlySpan<char> line, out GoSummaryHeader header)
    {
        header = default;
        var digits = 0;
        long count = 0;
        while (digits < line.Length && digits < 12 && char.IsAsciiDigit(line[digits]))
            count = count * 10 + (line[digits++] - '0');
        if (digits == 0 || count == 0)
            return false;
        var rest = line[digits..].TrimEnd();
        if (rest.StartsWith(" goroutines [", StringComparison.Ordinal) || rest.StartsWith(" goroutine [", StringComparison.Ordinal))
        {
            var open = rest.IndexOf('[');
            var close = rest.LastIndexOf(']');
            if (close < open || !rest[(close + 1)..].SequenceEqual(":"))
                return false;
            GoHeader.ParseBody(rest[(open + 1)..close], out var state, out var minutes, out var locked);
            header = new GoSummaryHeader { Count = count, State = state, MinWaitMinutes = minutes, MaxWaitMinutes = minutes, LockedToThread = locked };
            return true;
        }
        return rest.StartsWith(": ", StringComparison.Ordinal) && TryParseBucket(count, rest[2..], out header);
    }

    private static bool TryParseBucket(long count, ReadOnlySpan<char> rest, out GoSummaryHeader header)
    {
        header = default;
        var bracket = rest.IndexOf(" [", StringComparison.Ordinal);
        var state = bracket < 0 ? rest : rest[..bracket];
        if (!IsWaitReason(state))
            return false;
        int min = 0, max = 0;
        var locked = false;
        var createdBy = ReadOnlySpan<char>.Empty;
        rest = bracket < 0 ? [] : rest[(bracket + 1)..];
        while (!rest.IsEmpty)
        {
            if (rest[0] != '[')
                return false;
            var close = rest.IndexOf(']');
            if (close < 0)
                return false;
            var item = rest[1..close];
            if (item.SequenceEqual("locked"))
                locked = true;
            else if (item.StartsWith("Created by ", StringComparison.Ordinal))
            {
                createdBy = item[11..];
                var at = createdBy.IndexOf(" @ ", StringComparison.Ordinal);
                if (at >= 0) createdBy = createdBy[..at];
            }
            else if (item.EndsWith(" minutes", StringComparison.Ordinal))
            {
                var range = item[..^8];
                var tilde = range.IndexOf('~');
                if (!int.TryParse(tilde < 0 ? range : range[..tilde], out min) || !int.TryParse(tilde < 0 ? range : range[(tilde + 1)..], out max))
                    return false;
            }
            else
                return false;
            rest = rest[(close + 1)..].TrimStart();
        }
        header = new GoSummaryHeader { Count = count, State = state, MinWaitMinutes = min, MaxWaitMinutes = max, LockedToThread = locked, CreatedBy = createdBy };
        return true;
    }

    private static bool IsWaitReason(ReadOnlySpan<char> state) =>
        !state.IsEmpty && (GoCategory.FromState(state.ToString(), []) != "other"
            || state.SequenceEqual("semacquire") || state.SequenceEqual("dead") || state.SequenceEqual("waiting") || state.SequenceEqual("preempted"));
}

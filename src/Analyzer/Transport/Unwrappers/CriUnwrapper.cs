namespace Analyzer.Transport.Unwrappers;

/// <summary>
/// The CRI log format kubelet and containerd write under <c>/var/log/pods</c>:
/// <c>2024-01-01T00:00:00.123456789Z stderr F msg</c>. <c>P</c> marks a piece of a line the runtime split; pieces are
/// only stripped, not joined, so the file's line numbers stay true.
/// </summary>
internal sealed class CriUnwrapper : IUnwrapper
{
    public static CriUnwrapper Instance { get; } = new();

    public string Name => "cri";

    public bool TryUnwrap(ReadOnlySpan<char> line, Span<char> scratch, ref LineParts parts)
    {
        var stamp = Scan.Rfc3339(line);
        if (stamp == 0 || stamp >= line.Length || line[stamp] != ' ')
            return false;
        var rest = line[(stamp + 1)..];
        ReadOnlySpan<char> stream;
        if (rest.StartsWith("stdout ")) stream = rest[..6];
        else if (rest.StartsWith("stderr ")) stream = rest[..6];
        else return false;
        rest = rest[7..];
        if (rest.Length == 0 || (rest[0] != 'F' && rest[0] != 'P') || (rest.Length > 1 && rest[1] != ' '))
            return false;
        parts.Stream = stream;
        parts.Payload = rest.Length > 1 ? rest[2..] : default;
        return true;
    }
}

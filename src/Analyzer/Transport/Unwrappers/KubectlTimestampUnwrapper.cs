namespace Analyzer.Transport.Unwrappers;

/// <summary>
/// <c>kubectl logs --timestamps</c> (also <c>docker logs -t</c> and CI runners):
/// <c>2024-01-01T00:00:00.123456789Z msg</c>. Only an RFC 3339 stamp with a <c>T</c> and a zone counts, so a log's own
/// <c>2024-01-01 00:00:00,123</c> stamps are not mistaken for it; tried after the more specific CRI and syslog shapes.
/// </summary>
internal sealed class KubectlTimestampUnwrapper : IUnwrapper
{
    public static KubectlTimestampUnwrapper Instance { get; } = new();

    public string Name => "kubectl --timestamps";

    public bool TryUnwrap(ReadOnlySpan<char> line, Span<char> scratch, ref LineParts parts)
    {
        var stamp = Scan.Rfc3339(line);
        if (stamp == 0)
            return false;
        if (stamp == line.Length)
        {
            parts.Payload = default;
            return true;
        }
        if (line[stamp] != ' ')
            return false;
        parts.Payload = line[(stamp + 1)..];
        return true;
    }
}

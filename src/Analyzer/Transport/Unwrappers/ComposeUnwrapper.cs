namespace Analyzer.Transport.Unwrappers;

/// <summary>
/// <c>docker compose logs</c> and <c>docker service logs</c>: <c>web_1  | msg</c>, <c>web-1 | msg</c>,
/// <c>svc.1.tx8k2@node1    | msg</c>. The service name (left of the bar, padded to a column) becomes the program, so
/// a compose log of several services splits into channels like a journal.
/// </summary>
internal sealed class ComposeUnwrapper : IUnwrapper
{
    public static ComposeUnwrapper Instance { get; } = new();

    public string Name => "docker compose";

    public bool TryUnwrap(ReadOnlySpan<char> line, Span<char> scratch, ref LineParts parts)
    {
        var i = 0;
        while (i < line.Length && (char.IsAsciiLetterOrDigit(line[i]) || line[i] is '_' or '-' or '.' or '@')) i++;
        // A name starts with a letter: "12 | x" is an editor's line number, not a service.
        if (i == 0 || !char.IsAsciiLetter(line[0]) || i >= line.Length || line[i] != ' ')
            return false;
        var name = line[..i];
        i += Scan.Spaces(line, i);
        if (i >= line.Length || line[i] != '|')
            return false;
        i++;
        if (i < line.Length)
        {
            if (line[i] != ' ') return false;
            i++;
        }
        parts.Tag = name;
        parts.Program = name;
        parts.Payload = line[i..];
        return true;
    }
}

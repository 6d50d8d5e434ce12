namespace Analyzer.Transport.Unwrappers;

/// <summary>
/// Docker's json-file log driver: <c>{"log":"panic: boom\n","stream":"stderr","time":"2024-…Z"}</c>. The
/// <c>log</c> string is JSON-unescaped into the scratch buffer (<c>\n \t \" \\ \/ \uXXXX</c>) and its trailing newline
/// dropped. Docker cuts lines longer than 16 KiB into pieces without a trailing newline; they are kept one per line
/// (not joined) so line numbers stay those of the file.
/// </summary>
internal sealed class DockerJsonUnwrapper : IUnwrapper
{
    public static DockerJsonUnwrapper Instance { get; } = new();

    private const string LogKey = "{\"log\":\"";
    private const string StreamKey = "\"stream\":\"";

    public string Name => "docker json-file";

    public bool Rewrites => true;

    public bool TryUnwrap(ReadOnlySpan<char> line, Span<char> scratch, ref LineParts parts)
    {
        if (!line.StartsWith(LogKey, StringComparison.Ordinal))
            return false;
        var i = LogKey.Length;
        var o = 0;
        while (true)
        {
            if (i >= line.Length)
                return false; // the string never closed: not a json-file line (or a cut one)
            var c = line[i];
            if (c == '"')
                break;
            if (c != '\\')
            {
                scratch[o++] = c;
                i++;
                continue;
            }
            if (i + 1 >= line.Length)
                return false;
            var e = line[i + 1];
            i += 2;
            switch (e)
            {
                case 'n': scratch[o++] = '\n'; break;
                case 't': scratch[o++] = '\t'; break;
                case 'r': scratch[o++] = '\r'; break;
                case 'b': scratch[o++] = '\b'; break;
                case 'f': scratch[o++] = '\f'; break;
                case 'u':
                    if (i + 4 > line.Length || !ushort.TryParse(line.Slice(i, 4), System.Globalization.NumberStyles.AllowHexSpecifier, null, out var code))
                        return false;
                    scratch[o++] = (char)code;
                    i += 4;
                    break;
                default: scratch[o++] = e; break; // \" \\ \/
            }
        }
        var payload = scratch[..o];
        if (payload.EndsWith("\n")) payload = payload[..^1];
        if (payload.EndsWith("\r")) payload = payload[..^1];
        // A newline inside one record cannot become a line of its own without shifting every line number after it.
        payload.Replace('\n', ' ');
        var rest = line[(i + 1)..];
        var stream = rest.IndexOf(StreamKey, StringComparison.Ordinal);
        if (stream >= 0)
        {
            var value = rest[(stream + StreamKey.Length)..];
            var end = value.IndexOf('"');
            if (end > 0) parts.Stream = value[..end];
        }
        parts.Payload = payload;
        return true;
    }
}

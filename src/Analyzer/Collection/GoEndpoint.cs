using System.Text;

namespace Analyzer.Collection;

/// <summary>
/// One Go service's HTTP endpoint: a TCP base address (<c>http://host:port</c>) or a unix socket path (HTTP over the
/// socket, Juju's <c>/tmp/pprof.&lt;name&gt;.&lt;pid&gt;</c>). A path that starts with <c>@</c> is an abstract socket.
/// </summary>
public sealed record GoEndpoint(Uri BaseAddress, string? UnixPath, string Label)
{
    public override string ToString() => UnixPath is null ? BaseAddress.ToString().TrimEnd('/') : $"unix:{UnixPath}";

    /// <summary>Reads <c>unix:PATH</c>, <c>http://host:port[/prefix]</c> or <c>host:port</c>; null when it is none of them.</summary>
    public static GoEndpoint? Parse(string text)
    {
        if (text.StartsWith("unix:", StringComparison.Ordinal))
        {
            var path = text["unix:".Length..];
            return path.Length == 0 ? null : Unix(path);
        }
        var withScheme = text.Contains("://", StringComparison.Ordinal) ? text : "http://" + text;
        if (!Uri.TryCreate(withScheme, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return null;
        var baseUri = new Uri(uri.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/");
        return new GoEndpoint(baseUri, null, Safe($"{uri.Host}_{uri.Port}"));
    }

    public static GoEndpoint Unix(string path) => new(new Uri("http://localhost/"), path, Safe("unix" + path.Replace('/', '_')));

    public static GoEndpoint Tcp(string host, int port) =>
        new(new Uri(host.Contains(':') ? $"http://[{host}]:{port}/" : $"http://{host}:{port}/"), null, Safe($"{host}_{port}"));

    /// <summary>A folder name: letters, digits, dot, dash and underscore only.</summary>
    private static string Safe(string label)
    {
        var b = new StringBuilder(label.Length);
        foreach (var c in label)
            b.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_');
        return b.ToString().Trim('_', '.');
    }
}

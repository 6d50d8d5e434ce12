using System.Text;

namespace Analyzer.Tests.Damage;

/// <summary>
/// Docker's json-file log driver (<c>/var/lib/docker/containers/ID/ID-json.log</c>): one JSON object per line, the
/// line JSON-escaped as Go escapes it (<c>&lt; &gt; &amp;</c> as <c>\u003c</c>…, control characters, quotes,
/// backslashes) with its newline inside the string.
/// </summary>
internal sealed class DockerJsonFile : ContainerWrapper
{
    public override string Name => "docker-json-file";

    protected override string Wrap(string line, int index, EvidenceKind kind) =>
        $"{{\"log\":\"{GoJsonEscape(line + "\n")}\",\"stream\":\"stderr\",\"time\":\"{LineClock.Nanos(index)}\"}}";

    /// <summary>Go's encoding/json string escaping, HTML-safe as Docker uses it.</summary>
    public static string GoJsonEscape(string value)
    {
        var builder = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '<' or '>' or '&' or '\u2028' or '\u2029' or < ' ':
                    builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    break;
                default: builder.Append(c); break;
            }
        }
        return builder.ToString();
    }
}

using System.Text.Json;

namespace Analyzer.Collection;

/// <summary>
/// The bundle's <c>triage-collect.json</c>: host, kernel, times, budgets and one line per source (docs/collect.md).
/// Written with <see cref="Utf8JsonWriter"/> field by field: no reflection-based serializer.
/// </summary>
public sealed record CollectManifest(
    string Host, string Kernel, DateTimeOffset Started, DateTimeOffset Finished, CollectOptions Options, long BytesWritten,
    IReadOnlyList<ManifestEntry> Sources)
{
    public const string FileName = "triage-collect.json";

    public byte[] ToJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("tool", "triage collect");
            json.WriteNumber("version", 1);
            json.WriteString("host", Host);
            json.WriteString("kernel", Kernel);
            json.WriteString("started", Started.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("finished", Finished.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteNumber("seconds", Options.Seconds);
            json.WriteNumber("maxSeconds", Options.TimeBudget.TotalSeconds);
            json.WriteNumber("maxBytes", Options.MaxBytes);
            json.WriteNumber("bytesWritten", BytesWritten);
            json.WriteBoolean("redacted", Options.Redact);
            json.WriteStartArray("sources");
            foreach (var s in Sources)
            {
                json.WriteStartObject();
                json.WriteString("name", s.Name);
                json.WriteString("from", s.From);
                if (s.Path is not null) json.WriteString("path", s.Path);
                json.WriteString("status", SourceStatusText.Of(s.Status));
                json.WriteNumber("bytes", s.Bytes);
                json.WriteNumber("ms", s.Milliseconds);
                if (s.Reason is not null) json.WriteString("reason", s.Reason);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }
}

using System.Text.Encodings.Web;
using System.Text.Json;
using Analyzer.Tests.BadInput;
using Analyzer.Transport;
using Analyzer.Transport.Unwrappers;
using FsCheck;
using FsCheck.Fluent;

namespace Analyzer.Tests.Transport;

/// <summary>
/// Issue 14's property tests for the transport layer: for each wrapper, a line written the way its tool writes it
/// unwraps to exactly the payload that went in; and a panic pasted through any of the wrappers, with noise lines
/// between, yields evidence whose line numbers all lie within the file.
/// </summary>
public sealed class TransportPropertyTests
{
    // Payloads start like log text and end in a visible character: the wrappers' tools never end a line in blanks
    // they keep, and a payload beginning with blanks is indistinguishable from the separator of several formats.
    private static readonly string[] Starts = ["panic: boom", "goroutine 1 [running]:", "\tmain.go:12 +0x1d", "x", "Call Trace:", "é", "{\"k\":1}"];

    private static readonly string[] Pieces =
    [
        " ", "  ", "\t", "a", "Z", "0", "42", ":", ": ", "[", "]", "(", ")", "{", "}", "\"", "'", "\\", "/", "|", " | ", ">", "<", "=", ",",
        "é", "→", "日本", "\u00a0", "0x1d", "+0x1d", "app[42]: ", "stderr F ", "2024-01-01T00:00:00Z ", "\\u00e9", "\\n", "%",
    ];

    private static readonly Arbitrary<string> Payloads =
        (from start in Gen.Elements(Starts)
         from middle in Gen.Elements(Pieces).ArrayOf()
         select start + string.Concat(middle) + "z").ToArbitrary();

    /// <summary>Each wrapper with a writer of its format, as the tool that adds it writes a line.</summary>
    public static TheoryData<string> WrapperNames => new(Wrappers.Keys);

    private static readonly Dictionary<string, (IUnwrapper Unwrapper, Func<string, string> Wrap)> Wrappers = new()
    {
        ["docker"] = (DockerJsonUnwrapper.Instance, p =>
            $"{{\"log\":\"{JsonEncodedText.Encode(p + "\n", JavaScriptEncoder.UnsafeRelaxedJsonEscaping)}\",\"stream\":\"stderr\",\"time\":\"2024-01-01T00:00:00.123456789Z\"}}"),
        ["cri"] = (CriUnwrapper.Instance, p => $"2024-01-01T00:00:00.123456789Z stderr F {p}"),
        ["syslog-short"] = (SyslogShortUnwrapper.Instance, p => $"Dec 02 10:00:01 host app[42]: {p}"),
        ["syslog-iso"] = (SyslogIsoUnwrapper.Instance, p => $"2024-12-02T10:00:01.123456+01:00 host app[42]: {p}"),
        ["journal-unix"] = (JournalUnixUnwrapper.Instance, p => $"1733133601.123456 host app[42]: {p}"),
        ["journal-monotonic"] = (JournalMonotonicUnwrapper.Instance, p => $"[12345.678901] host app[42]: {p}"),
        ["journal-full"] = (JournalFullUnwrapper.Instance, p => $"Mon 2024-12-02 10:00:01 UTC host app[42]: {p}"),
        ["rfc5424"] = (Rfc5424Unwrapper.Instance, p => $"<11>1 2024-12-02T10:00:01.123456+01:00 host app 42 - - {p}"),
        ["kubectl"] = (KubectlTimestampUnwrapper.Instance, p => $"2024-01-01T00:00:00.123456789Z {p}"),
        ["compose"] = (ComposeUnwrapper.Instance, p => $"api-1  | {p}"),
        ["cat-n"] = (LineNumberUnwrapper.Instance, p => $"    12\t{p}"),
        ["quote"] = (QuoteUnwrapper.Instance, p => $"> {p}"),
        ["kibana"] = (KibanaUnwrapper.Instance, p => $"December 21st 2024, 01:02:03.456 {p}"),
    };

    [Theory]
    [MemberData(nameof(WrapperNames))]
    public void Unwrapping_a_wrapped_line_gives_back_its_payload(string wrapper)
    {
        var (unwrapper, wrap) = Wrappers[wrapper];
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(Payloads, payload =>
        {
            var line = wrap(payload);
            var unwrapped = Unwrap.Of(unwrapper, line);
            Assert.True(unwrapped is not null, $"{wrapper} did not recognise {line}");
            Assert.Equal(payload, unwrapped.Payload);
        }));
    }

    [Fact]
    public void Evidence_lines_of_a_wrapped_paste_lie_within_the_file() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(25), Prop.ForAll(
            Gen.Elements(Wrappers.Keys.ToArray()).Zip(Gen.Choose(0, 3).ArrayOf()).ToArbitrary(),
            pick =>
            {
                var (name, noise) = pick;
                var wrap = Wrappers[name].Wrap;
                var source = File.ReadAllLines(Path.Combine(Support.RepoPaths.Fixtures, "go-nil-panic", "stderr.txt"));
                var lines = new List<string>();
                for (var i = 0; i < source.Length; i++)
                {
                    lines.Add(wrap(source[i].Length == 0 ? " " : source[i]));
                    if (noise.Length > 0 && noise[i % noise.Length] == 0)
                        lines.Add("unrelated noise line");
                }

                var dir = Directory.CreateTempSubdirectory("triage-transport-prop-").FullName;
                try
                {
                    File.WriteAllLines(Path.Combine(dir, "paste.log"), lines);
                    var run = FullRun.Of(dir);
                    using var json = JsonDocument.Parse(run.Json);
                    AssertLinesWithin(json.RootElement, "paste.log", lines.Count);
                }
                finally
                {
                    Directory.Delete(dir, recursive: true);
                }
            }));

    /// <summary>Every object naming the file with a line (or end line) keeps it within 1..count.</summary>
    private static void AssertLinesWithin(JsonElement element, string path, int count)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                AssertLinesWithin(item, path, count);
            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
            return;
        if (element.TryGetProperty("path", out var p) && p.ValueKind == JsonValueKind.String && p.GetString() == path)
        {
            foreach (var key in (string[])["line", "endLine"])
            {
                if (element.TryGetProperty(key, out var line) && line.ValueKind == JsonValueKind.Number)
                    Assert.InRange(line.GetInt32(), 1, count);
            }
        }

        foreach (var property in element.EnumerateObject())
            AssertLinesWithin(property.Value, path, count);
    }
}

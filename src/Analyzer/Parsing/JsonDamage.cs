using System.Buffers;
using System.Text.Json;

namespace Analyzer.Parsing;

/// <summary>
/// Reasons for damaged JSON in the reader's words, with the place: System.Text.Json's message ends in
/// "LineNumber: 3 | BytePositionInLine: 4." (zero-based), and invalid UTF-8 inside a string only surfaces as an
/// InvalidOperationException when the string is read, naming no place at all.
/// </summary>
internal static class JsonDamage
{
    /// <summary>"'}' is invalid after a value (line 4, byte 5 of that line)": first sentence, one-based place.</summary>
    public static string Describe(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" LineNumber", StringComparison.Ordinal);
        var what = (cut > 0 ? message[..cut] : message).TrimEnd().TrimEnd('.');
        return e.LineNumber is { } line
            ? $"{what} (line {line + 1}, byte {(e.BytePositionInLine ?? 0) + 1} of that line)"
            : what;
    }

    /// <summary>The offset of the first byte that is not valid UTF-8, or null when all of it is.</summary>
    public static long? FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
            return null;
        Span<char> sink = stackalloc char[1024];
        long offset = 0;
        while (!bytes.IsEmpty)
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(bytes, sink, out var read, out _, replaceInvalidSequences: false);
            if (status == OperationStatus.InvalidData || status == OperationStatus.NeedMoreData)
                return offset + read;
            offset += read;
            bytes = bytes[read..];
        }
        return null;
    }
}

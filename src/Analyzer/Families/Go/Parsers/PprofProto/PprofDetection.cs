using System.IO.Compression;
using Analyzer.Detection;

namespace Analyzer.Families.Go.Parsers.PprofProto;

/// <summary>
/// Recognises profile.proto by content: the head (gunzipped if needed) must walk as a Profile message. Names only
/// help for binary content that is not obviously something else, so a gzipped text file or a Go execution trace
/// named like a profile is left alone.
/// </summary>
internal static class PprofDetection
{
    /// <summary>A ValueType is two small varints; anything longer is not a sample_type.</summary>
    private const int MaxValueTypeLength = 32;

    private const int HighestKnownField = 15;

    public static DetectionConfidence Detect(EntryProbe probe)
    {
        var head = probe.Head.Span;
        var gzip = ProfileBytes.IsGzip(head);
        var body = gzip ? Inflate(head) : head.ToArray();
        var binary = gzip ? TextSniffer.LooksBinary(body) : probe.IsBinary;
        // Serialized varints and ids are full of control bytes; text is never a profile.
        if (binary && LooksLikeProfile(body))
            return DetectionConfidence.ContentAtStart;

        if (!binary || body.Length == 0 || body.AsSpan().StartsWith("go 1."u8))
            return DetectionConfidence.None;
        return PprofNames.IsProfileName(probe.FileName) ? DetectionConfidence.Name : DetectionConfidence.None;
    }

    /// <summary>
    /// True when the bytes walk as top-level Profile fields with the schema's wire types, every embedded message
    /// itself walks as wire format, and ValueTypes are two small varints. Writers differ in field order (Go's
    /// runtime starts with sample_type, google/pprof's older encoder with mapping), so only "a message field
    /// first" is required. Text fails within a field or two: its bytes make implausible tags and lengths.
    /// </summary>
    public static bool LooksLikeProfile(ReadOnlySpan<byte> data)
    {
        var reader = new ProtoReader(data);
        var fields = 0;
        var structured = 0;
        try
        {
            while (reader.TryReadTag(out var field, out var wire))
            {
                if (fields == 0 && wire != WireType.Len)
                    return false;
                if (!Plausible(ref reader, field, wire))
                    return false;
                fields++;
                if (field is >= 1 and <= 5 or 11)
                    structured++;
            }
        }
        catch (ProtoFormatException e) when (e.CutOff)
        {
            // Cut off by the end of the head, or a truncated profile (gzip ends quietly when cut, so a short body
            // proves nothing); the fields before it already look like a profile and the parser reports damage.
        }
        catch (ProtoFormatException)
        {
            return false;
        }
        // Strings alone prove nothing (a log line starting with '2' reads as a string_table entry).
        return structured > 0;
    }

    private static bool Plausible(ref ProtoReader reader, int field, WireType wire)
    {
        if (field > HighestKnownField)
            return false;
        var expectLen = field is >= 1 and <= 6 or 11 || (field == 13 && wire == WireType.Len);
        if (expectLen != (wire == WireType.Len) || wire is WireType.Fixed32 or WireType.Fixed64)
            return false;
        if (wire != WireType.Len)
        {
            reader.Skip(wire);
            return true;
        }
        var bytes = reader.ReadBytes();
        return field switch
        {
            1 or 11 => bytes.Length <= MaxValueTypeLength && IsValueType(bytes),
            6 or 13 => true,
            _ => WalksAsMessage(bytes),
        };
    }

    private static bool IsValueType(ReadOnlySpan<byte> bytes)
    {
        var inner = new ProtoReader(bytes);
        try
        {
            while (inner.TryReadTag(out var f, out var w))
            {
                if (f is not (1 or 2) || w != WireType.Varint)
                    return false;
                inner.ReadVarint();
            }
            return true;
        }
        catch (ProtoFormatException)
        {
            return false;
        }
    }

    private static bool WalksAsMessage(ReadOnlySpan<byte> bytes)
    {
        var inner = new ProtoReader(bytes);
        try
        {
            while (inner.TryReadTag(out var f, out var w))
            {
                if (f > HighestKnownField)
                    return false;
                inner.Skip(w);
            }
            return true;
        }
        catch (ProtoFormatException)
        {
            return false;
        }
    }

    /// <summary>Gunzips as much of the head as it holds; a head cut mid-stream is normal, not an error.</summary>
    private static byte[] Inflate(ReadOnlySpan<byte> head)
    {
        var output = new MemoryStream();
        try
        {
            using var gzip = new GZipStream(new MemoryStream(head.ToArray()), CompressionMode.Decompress);
            var chunk = new byte[8192];
            int read;
            while (output.Length < EntryProbe.HeadSize && (read = gzip.Read(chunk, 0, chunk.Length)) > 0)
                output.Write(chunk, 0, read);
        }
        catch (InvalidDataException)
        {
            // Keep what inflated before the damage or the end of the head.
        }
        return output.ToArray();
    }
}

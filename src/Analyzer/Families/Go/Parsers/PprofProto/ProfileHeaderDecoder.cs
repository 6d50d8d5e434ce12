using System.Text;

namespace Analyzer.Families.Go.Parsers.PprofProto;

/// <summary>
/// First pass over a serialized Profile: decodes everything but samples, which it only counts. Field order on the
/// wire is not guaranteed (Go writes samples before locations and strings), hence two passes over the buffer.
/// Stops at the first malformed top-level field and keeps what came before it.
/// </summary>
internal static class ProfileHeaderDecoder
{
    public static ProfileHeader Decode(ReadOnlySpan<byte> data)
    {
        var header = new ProfileHeader();
        var reader = new ProtoReader(data);
        try
        {
            while (reader.TryReadTag(out var field, out var wire))
            {
                ReadField(ref reader, field, wire, header);
                header.ValidLength = reader.Position;
            }
        }
        catch (ProtoFormatException e)
        {
            header.Error = e.Message;
        }
        return header;
    }

    private static void ReadField(ref ProtoReader reader, int field, WireType wire, ProfileHeader header)
    {
        switch (field, wire)
        {
            case (1, WireType.Len): header.SampleTypes.Add(ReadValueType(reader.ReadBytes())); break;
            case (2, WireType.Len): reader.ReadBytes(); header.SampleCount++; break;
            case (3, WireType.Len): reader.ReadBytes(); header.MappingCount++; break;
            case (4, WireType.Len): ReadLocation(reader.ReadBytes(), header); break;
            case (5, WireType.Len): ReadFunction(reader.ReadBytes(), header); break;
            case (6, WireType.Len): header.Strings.Add(DecodeString(reader.ReadBytes())); break;
            case (7, WireType.Varint): header.DropFrames = reader.ReadInt64(); break;
            case (8, WireType.Varint): header.KeepFrames = reader.ReadInt64(); break;
            case (9, WireType.Varint): header.TimeNanos = reader.ReadInt64(); break;
            case (10, WireType.Varint): header.DurationNanos = reader.ReadInt64(); break;
            case (11, WireType.Len): header.PeriodType = ReadValueType(reader.ReadBytes()); break;
            case (12, WireType.Varint): header.Period = reader.ReadInt64(); break;
            case (13, _): reader.ReadRepeatedInt64(wire, header.Comments); break;
            case (14, WireType.Varint): header.DefaultSampleType = reader.ReadInt64(); break;
            case ( >= 1 and <= 14, _):
                throw new ProtoFormatException($"Profile field {field} has wire type {wire}, not the schema's");
            default: reader.Skip(wire); break; // doc_url and future additions
        }
    }

    private static string DecodeString(ReadOnlySpan<byte> bytes) => Encoding.UTF8.GetString(bytes);

    internal static ValueTypeIndex ReadValueType(ReadOnlySpan<byte> bytes)
    {
        var reader = new ProtoReader(bytes);
        long type = 0, unit = 0;
        while (reader.TryReadTag(out var field, out var wire))
        {
            switch (field, wire)
            {
                case (1, WireType.Varint): type = reader.ReadInt64(); break;
                case (2, WireType.Varint): unit = reader.ReadInt64(); break;
                default: reader.Skip(wire); break;
            }
        }
        return new ValueTypeIndex(type, unit);
    }

    private static void ReadLocation(ReadOnlySpan<byte> bytes, ProfileHeader header)
    {
        var reader = new ProtoReader(bytes);
        ulong id = 0, address = 0;
        var first = header.LineFunctionIds.Count;
        while (reader.TryReadTag(out var field, out var wire))
        {
            switch (field, wire)
            {
                case (1, WireType.Varint): id = reader.ReadVarint(); break;
                case (3, WireType.Varint): address = reader.ReadVarint(); break;
                case (4, WireType.Len): header.LineFunctionIds.Add(ReadLineFunction(reader.ReadBytes())); break;
                default: reader.Skip(wire); break;
            }
        }
        if (id == 0)
            throw new ProtoFormatException("location without an id");
        header.Locations[id] = new DecodedLocation(address, first, header.LineFunctionIds.Count - first);
    }

    private static ulong ReadLineFunction(ReadOnlySpan<byte> bytes)
    {
        var reader = new ProtoReader(bytes);
        ulong functionId = 0;
        while (reader.TryReadTag(out var field, out var wire))
        {
            if (field == 1 && wire == WireType.Varint)
                functionId = reader.ReadVarint();
            else
                reader.Skip(wire);
        }
        return functionId;
    }

    private static void ReadFunction(ReadOnlySpan<byte> bytes, ProfileHeader header)
    {
        var reader = new ProtoReader(bytes);
        ulong id = 0;
        long name = 0, systemName = 0, fileName = 0;
        while (reader.TryReadTag(out var field, out var wire))
        {
            switch (field, wire)
            {
                case (1, WireType.Varint): id = reader.ReadVarint(); break;
                case (2, WireType.Varint): name = reader.ReadInt64(); break;
                case (3, WireType.Varint): systemName = reader.ReadInt64(); break;
                case (4, WireType.Varint): fileName = reader.ReadInt64(); break;
                default: reader.Skip(wire); break;
            }
        }
        if (id == 0)
            throw new ProtoFormatException("function without an id");
        header.Functions[id] = new DecodedFunction(name, systemName, fileName);
    }
}

namespace Analyzer.Families.Go.Parsers.PprofProto;

/// <summary>
/// Minimal protobuf wire-format reader over a span: just what profile.proto needs (varints, length-delimited
/// fields, packed or unpacked repeated integers, skipping unknown fields). Every read is bounds-checked and throws
/// <see cref="ProtoFormatException"/>, because profiles reach us cut off or corrupted.
/// </summary>
internal ref struct ProtoReader(ReadOnlySpan<byte> data)
{
    private readonly ReadOnlySpan<byte> _data = data;

    public int Position { get; private set; }
    public readonly bool AtEnd => Position >= _data.Length;
    public readonly int Length => _data.Length;

    /// <summary>Reads the next tag; false at the end of the data.</summary>
    public bool TryReadTag(out int field, out WireType wireType)
    {
        field = 0;
        wireType = WireType.Varint;
        if (AtEnd)
            return false;
        var tag = ReadVarint();
        var number = tag >> 3;
        var type = (int)(tag & 7);
        if (number is 0 or > int.MaxValue)
            throw new ProtoFormatException($"invalid field number {number} at byte {Position}");
        if (type is not (0 or 1 or 2 or 5))
            throw new ProtoFormatException($"unsupported wire type {type} at byte {Position}");
        field = (int)number;
        wireType = (WireType)type;
        return true;
    }

    public ulong ReadVarint()
    {
        ulong result = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (Position >= _data.Length)
                throw new ProtoFormatException($"varint cut off at byte {Position}", cutOff: true);
            var b = _data[Position++];
            // The tenth byte may only carry the top bit of a 64-bit value.
            if (shift == 63 && b > 1)
                throw new ProtoFormatException($"varint longer than 64 bits at byte {Position - 1}");
            result |= (ulong)(b & 0x7f) << shift;
            if (b < 0x80)
                return result;
        }
        throw new ProtoFormatException($"varint longer than 10 bytes at byte {Position}");
    }

    /// <summary>int64 fields are plain two's-complement varints (not zigzag) in profile.proto.</summary>
    public long ReadInt64() => unchecked((long)ReadVarint());

    public ReadOnlySpan<byte> ReadBytes()
    {
        var length = ReadVarint();
        if (length > (ulong)(_data.Length - Position))
            throw new ProtoFormatException($"length {length} at byte {Position} runs past the end ({_data.Length - Position} bytes left)", cutOff: true);
        var slice = _data.Slice(Position, (int)length);
        Position += (int)length;
        return slice;
    }

    public void Skip(WireType wireType)
    {
        switch (wireType)
        {
            case WireType.Varint: ReadVarint(); break;
            case WireType.Len: ReadBytes(); break;
            case WireType.Fixed64: Advance(8); break;
            case WireType.Fixed32: Advance(4); break;
            default: throw new ProtoFormatException($"unsupported wire type {wireType}");
        }
    }

    /// <summary>
    /// One repeated integer field occurrence: packed (a length-delimited run of varints) or a single unpacked
    /// varint. Decoders must accept both, as google/pprof's does.
    /// </summary>
    public void ReadRepeatedInt64(WireType wireType, List<long> into)
    {
        if (wireType == WireType.Varint)
        {
            into.Add(ReadInt64());
            return;
        }
        if (wireType != WireType.Len)
            throw new ProtoFormatException($"repeated integer with wire type {wireType} at byte {Position}");
        var packed = new ProtoReader(ReadBytes());
        while (!packed.AtEnd)
            into.Add(packed.ReadInt64());
    }

    private void Advance(int count)
    {
        if (count > _data.Length - Position)
            throw new ProtoFormatException($"fixed-width field cut off at byte {Position}", cutOff: true);
        Position += count;
    }
}

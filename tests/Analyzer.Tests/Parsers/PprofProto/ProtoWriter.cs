namespace Analyzer.Tests.Parsers.PprofProto;

/// <summary>A tiny protobuf encoder for building synthetic profiles (and odd wire shapes) in tests.</summary>
internal sealed class ProtoWriter
{
    private readonly MemoryStream _out = new();

    public byte[] ToArray() => _out.ToArray();

    public ProtoWriter Varint(ulong value)
    {
        while (value >= 0x80)
        {
            _out.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }
        _out.WriteByte((byte)value);
        return this;
    }

    public ProtoWriter Tag(int field, int wireType) => Varint((ulong)((field << 3) | wireType));

    public ProtoWriter Int(int field, long value) => Tag(field, 0).Varint(unchecked((ulong)value));

    public ProtoWriter Bytes(int field, byte[] bytes)
    {
        Tag(field, 2).Varint((ulong)bytes.Length);
        _out.Write(bytes);
        return this;
    }

    public ProtoWriter Message(int field, Action<ProtoWriter> body)
    {
        var inner = new ProtoWriter();
        body(inner);
        return Bytes(field, inner.ToArray());
    }

    public ProtoWriter Packed(int field, params long[] values)
    {
        var inner = new ProtoWriter();
        foreach (var v in values)
            inner.Varint(unchecked((ulong)v));
        return Bytes(field, inner.ToArray());
    }

    public ProtoWriter Unpacked(int field, params long[] values)
    {
        foreach (var v in values)
            Int(field, v);
        return this;
    }

    public ProtoWriter String(int field, string text) => Bytes(field, System.Text.Encoding.UTF8.GetBytes(text));
}

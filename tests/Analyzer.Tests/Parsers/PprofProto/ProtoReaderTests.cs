using Analyzer.Families.Go.Parsers.PprofProto;

namespace Analyzer.Tests.Parsers.PprofProto;

public sealed class ProtoReaderTests
{
    [Theory]
    [InlineData(new byte[] { 0x00 }, 0UL)]
    [InlineData(new byte[] { 0x7f }, 127UL)]
    [InlineData(new byte[] { 0x80, 0x01 }, 128UL)]
    [InlineData(new byte[] { 0xac, 0x02 }, 300UL)]
    [InlineData(new byte[] { 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01 }, ulong.MaxValue)]
    public void Reads_varints(byte[] bytes, ulong expected)
    {
        var reader = new ProtoReader(bytes);
        Assert.Equal(expected, reader.ReadVarint());
        Assert.True(reader.AtEnd);
    }

    [Fact]
    public void Negative_int64_is_a_ten_byte_twos_complement_varint()
    {
        var bytes = new ProtoWriter().Varint(unchecked((ulong)-5L)).ToArray();
        Assert.Equal(10, bytes.Length);
        Assert.Equal(-5L, new ProtoReader(bytes).ReadInt64());
    }

    [Theory]
    [InlineData(new byte[] { 0x80 })]
    [InlineData(new byte[] { 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02 })]
    [InlineData(new byte[] { 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01 })]
    public void Rejects_cut_off_or_overlong_varints(byte[] bytes) =>
        Assert.Throws<ProtoFormatException>(() => new ProtoReader(bytes).ReadVarint());

    [Fact]
    public void Length_past_the_end_is_an_error()
    {
        byte[] bytes = [0x0a, 0x05, 0x01, 0x02];
        var ex = Assert.Throws<ProtoFormatException>(() =>
        {
            var reader = new ProtoReader(bytes);
            reader.TryReadTag(out _, out _);
            reader.ReadBytes();
        });
        Assert.Contains("past the end", ex.Message);
    }

    [Fact]
    public void Reads_tags_and_skips_every_wire_type()
    {
        var bytes = new ProtoWriter()
            .Int(1, 150)
            .Tag(2, 1).Varint(0).Varint(0).Varint(0).Varint(0).Varint(0).Varint(0).Varint(0).Varint(0)
            .Tag(3, 5).Varint(0).Varint(0).Varint(0).Varint(0)
            .String(4, "hi")
            .Int(5, 7)
            .ToArray();
        var reader = new ProtoReader(bytes);
        var seen = new List<(int, WireType)>();
        while (reader.TryReadTag(out var field, out var wire))
        {
            seen.Add((field, wire));
            if (field == 5)
                Assert.Equal(7, reader.ReadInt64());
            else
                reader.Skip(wire);
        }
        Assert.Equal([(1, WireType.Varint), (2, WireType.Fixed64), (3, WireType.Fixed32), (4, WireType.Len), (5, WireType.Varint)], seen);
    }

    [Theory]
    [InlineData(new byte[] { 0x0b })] // wire type 3 (start group)
    [InlineData(new byte[] { 0x0c })] // wire type 4 (end group)
    [InlineData(new byte[] { 0x00 })] // field number 0
    public void Rejects_groups_and_field_zero(byte[] bytes) =>
        Assert.Throws<ProtoFormatException>(() => new ProtoReader(bytes).TryReadTag(out _, out _));

    [Fact]
    public void Repeated_integers_accept_packed_and_unpacked_forms()
    {
        var bytes = new ProtoWriter().Packed(1, 1, 300, -1).Unpacked(1, 4, 5).Packed(1).ToArray();
        var reader = new ProtoReader(bytes);
        var values = new List<long>();
        while (reader.TryReadTag(out _, out var wire))
            reader.ReadRepeatedInt64(wire, values);
        Assert.Equal([1L, 300L, -1L, 4L, 5L], values);
    }

    [Fact]
    public void Packed_run_with_a_cut_varint_is_an_error()
    {
        byte[] bytes = [0x0a, 0x02, 0x01, 0x80];
        Assert.Throws<ProtoFormatException>(() =>
        {
            var reader = new ProtoReader(bytes);
            reader.TryReadTag(out _, out var wire);
            reader.ReadRepeatedInt64(wire, []);
        });
    }
}

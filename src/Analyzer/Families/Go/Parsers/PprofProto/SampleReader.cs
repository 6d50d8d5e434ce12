namespace Analyzer.Families.Go.Parsers.PprofProto;

/// <summary>
/// Walks the sample messages (profile.proto field 2) of an already validated prefix, decoding each one's location
/// ids and values into the given lists (cleared per sample; labels are skipped). The passes over the samples —
/// <see cref="SampleAggregator"/>, <see cref="StackTreePass"/>, <see cref="ContentionProfileSites"/> — share it.
/// </summary>
internal ref struct SampleReader(ReadOnlySpan<byte> validPrefix, List<long> locationIds, List<long> values)
{
    private ProtoReader _top = new(validPrefix);

    /// <summary>
    /// Decodes the next sample; false at the end. A sample whose length was sound but whose content is damaged sets
    /// <paramref name="damage"/> and leaves the lists partly filled; the next sample can still be read.
    /// </summary>
    public bool MoveNext(out ProtoFormatException? damage)
    {
        damage = null;
        while (_top.TryReadTag(out var field, out var wire))
        {
            if (field != 2 || wire != WireType.Len)
            {
                _top.Skip(wire);
                continue;
            }
            var sample = new ProtoReader(_top.ReadBytes());
            locationIds.Clear();
            values.Clear();
            try
            {
                while (sample.TryReadTag(out var f, out var w))
                {
                    switch (f)
                    {
                        case 1: sample.ReadRepeatedInt64(w, locationIds); break;
                        case 2: sample.ReadRepeatedInt64(w, values); break;
                        default: sample.Skip(w); break;
                    }
                }
            }
            catch (ProtoFormatException e)
            {
                damage = e;
            }
            return true;
        }
        return false;
    }
}

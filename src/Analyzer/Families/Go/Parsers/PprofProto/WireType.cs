namespace Analyzer.Families.Go.Parsers.PprofProto;

/// <summary>Protobuf wire types; groups (3, 4) are deprecated and never used by profile.proto, so they are errors.</summary>
internal enum WireType
{
    Varint = 0,
    Fixed64 = 1,
    Len = 2,
    Fixed32 = 5,
}

namespace Analyzer.Families.Go.Parsers.PprofProto;

/// <summary>A profile.proto ValueType: both halves are string-table indices, resolved only when facts are built.</summary>
internal readonly record struct ValueTypeIndex(long Type, long Unit);

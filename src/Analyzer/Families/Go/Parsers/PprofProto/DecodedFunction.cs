namespace Analyzer.Families.Go.Parsers.PprofProto;

/// <summary>A Function message: string-table indices of its names and file.</summary>
internal readonly record struct DecodedFunction(long Name, long SystemName, long FileName);

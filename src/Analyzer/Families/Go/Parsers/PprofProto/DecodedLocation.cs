namespace Analyzer.Families.Go.Parsers.PprofProto;

/// <summary>
/// A Location before functions are known (they may come later on the wire): its address and the function ids of its
/// lines, innermost inlined callee first, stored as a slice of the decoder's shared id list.
/// </summary>
internal readonly record struct DecodedLocation(ulong Address, int FirstLine, int LineCount);

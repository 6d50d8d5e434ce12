namespace Analyzer.Bundles;

/// <summary>One stretch of a sparse file that holds data; everything between segments reads as zeros.</summary>
internal readonly record struct SparseSegment(long Offset, long Length);

namespace Analyzer.Rules.Facts;

/// <summary>The closed set of values one string field may hold, named "Type.field" for messages.</summary>
public sealed record FieldVocabulary(string Field, IReadOnlySet<string> Values);

namespace Analyzer.Text;

/// <summary>A test on one line of text (spans cannot be used with <see cref="Func{T, TResult}"/>).</summary>
internal delegate bool LinePredicate(ReadOnlySpan<char> line);

namespace Analyzer.Transport;

/// <summary>
/// Recognises one wrapper on one line and removes it. Implementations are stateless singletons: the same instance
/// serves every line of every entry, on any thread.
/// </summary>
internal interface IUnwrapper
{
    /// <summary>The wrapper's name as the inventory shows it, e.g. "docker json-file".</summary>
    string Name { get; }

    /// <summary>True when the payload is written into the scratch buffer instead of being a slice of the line.</summary>
    bool Rewrites => false;

    /// <summary>
    /// True when the line carries this wrapper: <paramref name="parts"/>.Payload is then the inner text (a slice of
    /// <paramref name="line"/> or of <paramref name="scratch"/>, which is at least as long as the line) and the tag,
    /// program or stream fields are set if the wrapper names them. False leaves <paramref name="parts"/> untouched.
    /// </summary>
    bool TryUnwrap(ReadOnlySpan<char> line, Span<char> scratch, ref LineParts parts);
}

namespace Analyzer.Families.Go.Parsers.GoStacks;

/// <summary>
/// Maps repeated text (function names, files, states) to one string and a small id, looked up by span so a line
/// that repeats a known name allocates nothing. 200,000 goroutines share a few thousand distinct names.
/// </summary>
internal sealed class StringInterner
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly List<string> _strings = [];

    public StringInterner() => _bySpan = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => _strings.Count;

    public int Intern(ReadOnlySpan<char> text)
    {
        if (_bySpan.TryGetValue(text, out var id))
            return id;
        var s = text.ToString();
        id = _strings.Count;
        _strings.Add(s);
        _ids.Add(s, id);
        return id;
    }

    public string this[int id] => _strings[id];
}

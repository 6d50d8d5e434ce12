using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Analyzer.Rules.Yaml;

/// <summary>Hands events already parsed (and checked) by <see cref="YamlDocuments"/> to YamlDotNet's node builder.</summary>
internal sealed class ReplayParser(IReadOnlyList<ParsingEvent> events) : IParser
{
    private int _next;

    public ParsingEvent? Current { get; private set; }

    public bool MoveNext()
    {
        Current = _next < events.Count ? events[_next++] : null;
        return Current is not null;
    }
}

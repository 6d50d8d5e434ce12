using Analyzer.Inventory;
using Analyzer.Rules.Facts;

namespace Analyzer.Parsing;

/// <summary>
/// What a parser gets for one entry: its path, its content from the first byte, a place to put facts and a place
/// to say what went wrong. A parser that throws marks only its own entry failed; the run goes on.
/// </summary>
public sealed class ParseContext(string path, Stream content, Action<IFact> emit)
{
    private readonly List<string> _problems = [];

    public string Path { get; } = path;
    public Stream Content { get; } = content;

    /// <summary>
    /// The command a shell prompt above the text named (<c>$ iostat -xy 1 1</c>), or a pasted section's name, when
    /// transport removed it: what the capture says about itself that the text no longer shows. Null otherwise.
    /// </summary>
    public string? NameHint { get; init; }
    public int FactCount { get; private set; }
    public IReadOnlyList<string> Problems => _problems;

    /// <summary>The worst status a parser reported (Parsed unless it called <see cref="Problem"/>).</summary>
    public InputStatus Status { get; private set; } = InputStatus.Parsed;

    public void Emit(IFact fact)
    {
        FactCount++;
        emit(fact);
    }

    public void Problem(InputStatus status, string reason)
    {
        _problems.Add(reason);
        if (status > Status) Status = status;
    }
}

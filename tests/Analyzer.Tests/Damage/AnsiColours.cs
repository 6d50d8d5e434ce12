using System.Text.RegularExpressions;

namespace Analyzer.Tests.Damage;

/// <summary>
/// ANSI SGR colour codes around some tokens, as <c>journalctl</c>, <c>grep --color=always</c>, <c>ccze</c> or a
/// coloured logger leave them when the output is captured from a terminal: the first token of each line in green,
/// level and alarm words (error, warn, info, panic, fatal, BUG…) in bold red. Indentation is left alone.
/// </summary>
internal sealed partial class AnsiColours : TerminalWrapper
{
    private const string Green = "\u001b[32m";
    private const string BoldRed = "\u001b[1;31m";
    private const string Reset = "\u001b[0m";

    public override string Name => "ansi-colours";

    protected override string Wrap(string line, int index, EvidenceKind kind)
    {
        var coloured = AlarmWord().Replace(line, match => BoldRed + match.Value + Reset);
        return FirstToken().Replace(coloured, match => match.Groups[1].Value + Green + match.Groups[2].Value + Reset, 1);
    }

    [GeneratedRegex(@"\b(?:error|ERROR|warn|WARN|warning|WARNING|info|INFO|panic|fatal|BUG|Oops|blocked)\b")]
    private static partial Regex AlarmWord();

    /// <summary>The first run of non-blanks that holds no escape already (so a coloured alarm word is not wrapped twice).</summary>
    [GeneratedRegex(@"^([ \t]*)([^ \t\u001b]+)(?=[ \t]|$)")]
    private static partial Regex FirstToken();
}

namespace Analyzer.Tests.Damage;

/// <summary>
/// Lines padded with spaces to the terminal's width (80 columns), as a copy out of a Windows console, screen or a
/// serial console gives them; a longer line gets one trailing space.
/// </summary>
internal sealed class TrailingWhitespace : TerminalWrapper
{
    public override string Name => "trailing-whitespace";

    protected override string Wrap(string line, int index, EvidenceKind kind) => line.Length < 80 ? line.PadRight(80) : line + " ";
}

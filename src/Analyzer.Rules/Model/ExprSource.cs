using Analyzer.Rules.Diagnostics;

namespace Analyzer.Rules.Model;

/// <summary>
/// Expression text as written in a rule file, with where its first character sits, so that a diagnostic at
/// offset N of the expression points at the right file column (plain, quoted and block scalars alike).
/// </summary>
public sealed record ExprSource(string Text, SourceLocation Start, bool SingleLine)
{
    public SourceLocation Locate(int offset)
    {
        if (!SingleLine)
            return Start;
        return Start.Offset(Math.Clamp(offset, 0, Text.Length));
    }
}

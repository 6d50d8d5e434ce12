using System.Globalization;

namespace Analyzer.Families.Go.Parsers.FoldedStacks;

/// <summary>
/// One line of folded stacks: `root;caller;leaf COUNT` (frames root first, `;`-separated, one space, the count). The
/// count is split off at the last space, since frame names may hold spaces. flamegraph.pl also takes a decimal count
/// (rounded here) and differential input with two counts, `stack BEFORE AFTER`, whose second count is used.
/// </summary>
internal readonly ref struct FoldedLine
{
    public ReadOnlySpan<char> Stack { get; }
    public long Count { get; }

    private FoldedLine(ReadOnlySpan<char> stack, long count)
    {
        Stack = stack;
        Count = count;
    }

    public static bool TryParse(ReadOnlySpan<char> line, out FoldedLine folded)
    {
        folded = default;
        var text = line.TrimEnd();
        var space = text.LastIndexOfAny(' ', '\t');
        if (space <= 0 || !TryCount(text[(space + 1)..], out var count))
            return false;
        var stack = text[..space].TrimEnd();
        // Differential input: "stack before after".
        var second = stack.LastIndexOfAny(' ', '\t');
        if (second > 0 && TryCount(stack[(second + 1)..], out _))
            stack = stack[..second].TrimEnd();
        if (stack.IsEmpty || char.IsWhiteSpace(line[0]))
            return false;
        folded = new FoldedLine(stack, count);
        return true;
    }

    private static bool TryCount(ReadOnlySpan<char> token, out long count)
    {
        count = 0;
        if (token.IsEmpty || !char.IsAsciiDigit(token[0]))
            return false;
        if (long.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out count))
            return true;
        if (!double.TryParse(token, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) || d > long.MaxValue)
            return false;
        count = (long)Math.Round(d, MidpointRounding.AwayFromZero);
        return true;
    }
}

namespace Analyzer.Parsers.FoldedStacks;

/// <summary>
/// A frame name with stackcollapse's annotations taken off: `_[k]` marks a kernel frame, `_[j]` JIT, `_[i]` inlined
/// and `_[w]` a waker; only the kernel mark matters for the picture.
/// </summary>
internal static class FoldedFrame
{
    public static (string Name, bool Kernel) Read(ReadOnlySpan<char> frame)
    {
        if (frame.Length > 4 && frame[^4] == '_' && frame[^3] == '[' && frame[^1] == ']' && frame[^2] is 'k' or 'j' or 'i' or 'w')
            return (frame[..^4].ToString(), frame[^2] == 'k');
        return (frame.ToString(), false);
    }
}

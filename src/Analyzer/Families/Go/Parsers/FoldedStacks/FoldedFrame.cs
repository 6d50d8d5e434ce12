namespace Analyzer.Families.Go.Parsers.FoldedStacks;

/// <summary>
/// A frame name with stackcollapse's annotations taken off: `_[k]` marks a kernel frame, `_[j]` JIT, `_[i]` inlined
/// and `_[w]` a waker; only the kernel mark matters for the picture.
/// </summary>
internal static class FoldedFrame
{
    public static ReadOnlySpan<char> Read(ReadOnlySpan<char> frame, out bool kernel)
    {
        kernel = false;
        if (frame.Length > 4 && frame[^4] == '_' && frame[^3] == '[' && frame[^1] == ']' && frame[^2] is 'k' or 'j' or 'i' or 'w')
        {
            kernel = frame[^2] == 'k';
            return frame[..^4];
        }
        return frame;
    }
}

namespace Analyzer.Families.Linux.Parsers.KernelLog;

/// <summary>What a line inside a call trace is.</summary>
internal enum FrameLineKind
{
    NotAFrame,
    /// <summary>`&lt;TASK&gt;`, `&lt;/IRQ&gt;`, `&lt;EOI&gt;`, ` &lt;&lt;EOE&gt;&gt; ` alone on the line.</summary>
    Marker,
    Frame,
}

/// <summary>
/// Call-trace frame lines of formats.md §4.3, all architectures: x86-64 `func+0x24e/0x880 [mod]` (with `? ` for
/// unreliable frames), old x86 `[&lt;ffffffff8181fe75&gt;] ? func+0x35/0x80`, arm64 `func+0x94/0xd8`, ARM32
/// `[&lt;807762c0&gt;] (__schedule) from [&lt;80776938&gt;] (schedule+0x50/0xa8)` (the first function is the frame),
/// ppc64 `[c0000...] [c0000...] func+0x../0x..`; leading `&lt;IRQ&gt;`-style markers are skipped.
/// </summary>
internal static class FrameLine
{
    public static FrameLineKind Parse(ReadOnlySpan<char> s, out ReadOnlySpan<char> function, out ReadOnlySpan<char> module, out bool unreliable)
    {
        function = default;
        module = default;
        unreliable = false;
        var sawMarker = false;
        while (true)
        {
            s = s.TrimStart(" \t");
            var m = MarkerLength(s);
            if (m == 0)
                break;
            s = s[m..];
            sawMarker = true;
        }
        if (s.IsEmpty)
            return sawMarker ? FrameLineKind.Marker : FrameLineKind.NotAFrame;

        // One or two address brackets: "[<ffffffff8135067c>] " (x86/ARM) or "[c000000000123456] " (ppc64).
        for (var i = 0; i < 2 && s.Length > 2 && s[0] == '['; i++)
        {
            var close = s.IndexOf(']');
            if (close < 3 || !IsAddress(s[1..close]))
                return FrameLineKind.NotAFrame;
            s = s[(close + 1)..].TrimStart(' ');
        }
        if (s.StartsWith("? "))
        {
            unreliable = true;
            s = s[2..];
        }
        if (s.Length > 2 && s[0] == '(')
        {
            // ARM32: "(fuse_writepages [fuse]) from [<...>] (do_writepages+0x30/0x8c)".
            var close = s.IndexOf(')');
            if (close < 2)
                return FrameLineKind.NotAFrame;
            var inner = s[1..close];
            var sp = inner.IndexOf(" [");
            function = StripOffset(sp >= 0 ? inner[..sp] : inner);
            module = sp >= 0 ? inner[(sp + 2)..].TrimEnd(']') : default;
            return IsSymbol(function) ? FrameLineKind.Frame : FrameLineKind.NotAFrame;
        }
        var plus = s.IndexOf("+0x");
        if (plus <= 0)
            return FrameLineKind.NotAFrame;
        function = s[..plus];
        if (!IsSymbol(function))
            return FrameLineKind.NotAFrame;
        var after = s[(plus + 3)..];
        var end = 0;
        while (end < after.Length && after[end] != ' ') end++;
        if (!after[..end].Contains('/'))
            return FrameLineKind.NotAFrame;
        var tail = after[end..].TrimStart(' ');
        if (tail.Length > 2 && tail[0] == '[')
        {
            var close = tail.IndexOf(']');
            if (close > 1)
                module = tail[1..close];
        }
        return FrameLineKind.Frame;
    }

    private static ReadOnlySpan<char> StripOffset(ReadOnlySpan<char> s)
    {
        var plus = s.IndexOf("+0x");
        return plus > 0 ? s[..plus] : s;
    }

    private static int MarkerLength(ReadOnlySpan<char> s)
    {
        if (s.StartsWith("<<EOE>>")) return 7;
        if (s.Length < 4 || s[0] != '<') return 0;
        var close = s.IndexOf('>');
        if (close < 3 || close > 6) return 0;
        var name = s[1..close].TrimStart('/');
        return name is "TASK" or "IRQ" or "NMI" or "EOI" or "#DF" or "SOFTIRQ" ? close + 1 : 0;
    }

    private static bool IsAddress(ReadOnlySpan<char> s)
    {
        s = s.Trim("<>");
        if (s.Length < 4) return false;
        foreach (var c in s)
            if (!char.IsAsciiHexDigit(c))
                return false;
        return true;
    }

    private static bool IsSymbol(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty || s.Length > 200) return false;
        foreach (var c in s)
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '$'))
                return false;
        return !char.IsAsciiDigit(s[0]);
    }
}

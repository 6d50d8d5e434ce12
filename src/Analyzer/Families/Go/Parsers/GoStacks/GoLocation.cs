namespace Analyzer.Families.Go.Parsers.GoStacks;

/// <summary>
/// A frame's location line, parsed with spans. Forms (formats.md §1.5):
/// <code>
/// 	/usr/local/go/src/runtime/proc.go:402 +0xce
/// 	C:/Program Files/Go/src/runtime/proc.go:402 +0xce fp=0xc000061f78 sp=0xc000061f58 pc=0x7ff6c50a12ee
/// 	/usr/local/go/src/runtime/proc.go:408                    (inlined: no offset)
///  ??:0 +0x6d                                                 (cgo, one space)
/// </code>
/// The file may contain spaces and a drive colon, so the suffixes are cut from the right.
/// </summary>
internal static class GoLocation
{
    public static bool TryParse(ReadOnlySpan<char> line, out ReadOnlySpan<char> file, out int lineNumber)
    {
        var s = line.TrimStart();
        var cut = s.IndexOf(" fp=", StringComparison.Ordinal);
        if (cut >= 0) s = s[..cut];
        cut = s.LastIndexOf(" +0x", StringComparison.Ordinal);
        if (cut >= 0) s = s[..cut];
        s = s.TrimEnd();
        var colon = s.LastIndexOf(':');
        lineNumber = 0;
        file = s;
        if (colon <= 0)
            return false;
        var digits = s[(colon + 1)..];
        if (digits.Length == 0 || digits.Length > 9)
            return false;
        var n = 0;
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
                return false;
            n = n * 10 + (c - '0');
        }
        file = s[..colon];
        lineNumber = n;
        return true;
    }
}

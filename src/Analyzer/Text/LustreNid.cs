namespace Analyzer.Text;

/// <summary>
/// Lustre network ids `address@net` read whole and without Regex: `10.0.0.1@o2ib`, `172.16.0.5@tcp1`, `0@lo`,
/// `27@gni`. The address is digits and dots; the net a lower-case letter, then lower-case letters and digits. An
/// import name may itself hold an '@' (`MGC172.16.0.5@o2ib@172.16.0.5@o2ib`): the NID is then the last address@net,
/// and an address glued to a word (`MGC172.16.0.5`) is not one. Shared by the kernel log's console reader and the
/// lctl debug-log reader.
/// </summary>
internal static class LustreNid
{
    /// <summary>Length of the NID that starts exactly at <paramref name="start"/>, 0 if none.</summary>
    public static int LengthAt(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.')) i++;
        if (i == start || i >= text.Length || text[i] != '@' || text[start] == '.')
            return 0;
        var j = i + 1;
        if (j >= text.Length || !char.IsAsciiLetterLower(text[j]))
            return 0;
        while (j < text.Length && (char.IsAsciiLetterLower(text[j]) || char.IsAsciiDigit(text[j]))) j++;
        return j - start;
    }

    /// <summary>The first NID standing on its own in the text (not glued to a word before it); empty when none.</summary>
    public static ReadOnlySpan<char> First(ReadOnlySpan<char> text)
    {
        for (var at = text.IndexOf('@'); at >= 0;)
        {
            var start = at;
            while (start > 0 && (char.IsAsciiDigit(text[start - 1]) || text[start - 1] == '.')) start--;
            if (start < at && (start == 0 || !char.IsAsciiLetter(text[start - 1])))
            {
                var length = LengthAt(text, start);
                if (length > 0)
                    return text.Slice(start, length);
            }
            var next = text[(at + 1)..].IndexOf('@');
            at = next < 0 ? -1 : at + 1 + next;
        }
        return default;
    }

    /// <summary>The NID right after <paramref name="anchor"/> (`(at `, `with `, `to NID `); empty when none.</summary>
    public static ReadOnlySpan<char> After(ReadOnlySpan<char> text, ReadOnlySpan<char> anchor)
    {
        var at = text.IndexOf(anchor, StringComparison.Ordinal);
        if (at < 0)
            return default;
        var start = at + anchor.Length;
        var length = LengthAt(text, start);
        return length > 0 ? text.Slice(start, length) : default;
    }

    /// <summary>
    /// Splits a request's `IMPORT@NID` (portal already removed) at its last NID: `MGC10.1.1.47@tcp@10.1.1.47@tcp` →
    /// (`MGC10.1.1.47@tcp`, `10.1.1.47@tcp`), `lustre-MDT0000-lwp-OST0000@0@lo` → (`lustre-MDT0000-lwp-OST0000`, `0@lo`).
    /// </summary>
    public static bool TrySplitImport(ReadOnlySpan<char> target, out ReadOnlySpan<char> import, out ReadOnlySpan<char> nid)
    {
        import = nid = default;
        var last = target.LastIndexOf('@');
        if (last <= 0)
            return false;
        var prev = target[..last].LastIndexOf('@');
        var start = prev + 1;
        if (LengthAt(target, start) != target.Length - start)
            return false;
        nid = target[start..];
        import = prev > 0 ? target[..prev] : default;
        return true;
    }
}

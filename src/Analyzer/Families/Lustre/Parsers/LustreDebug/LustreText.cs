using Analyzer.Text;

namespace Analyzer.Families.Lustre.Parsers.LustreDebug;

/// <summary>
/// Finds the things Lustre messages name — targets, NIDs, request dumps, return codes — in a message span,
/// without regular expressions (this runs on every record of a capture that may hold millions).
/// </summary>
internal static class LustreText
{
    /// <summary>
    /// First `fsname-OSTxxxx` / `fsname-MDTxxxx` in the text (an import name like lustre-OST0003-osc-ffff... or a
    /// UUID like lustre-MDT0000_UUID names its target first); `MGS` for management-client messages; else empty.
    /// </summary>
    public static string Target(ReadOnlySpan<char> text)
    {
        for (var i = 0; i + 8 <= text.Length; i++)
        {
            if (text[i] != '-' || !(text[(i + 1)..].StartsWith("OST") || text[(i + 1)..].StartsWith("MDT"))) continue;
            var end = i + 4;
            var hex = 0;
            while (end < text.Length && hex < 8 && char.IsAsciiHexDigit(text[end])) { end++; hex++; }
            if (hex != 4 || (end < text.Length && char.IsAsciiLetterOrDigit(text[end]))) continue;
            var start = i;
            while (start > 0 && (char.IsAsciiLetterOrDigit(text[start - 1]) || text[start - 1] == '_')) start--;
            if (start == i) continue;
            return text[start..end].ToString();
        }
        return text.Contains("MGC", StringComparison.Ordinal) || text.Contains("MGS", StringComparison.Ordinal) ? "MGS" : "";
    }

    /// <summary>
    /// A network id `address@net` (192.168.1.2@tcp, 0@lo, 10.0.0.1@o2ib3): the one after "(at " or "client at " first,
    /// else the first in the text. Empty when none.
    /// </summary>
    public static string Nid(ReadOnlySpan<char> text)
    {
        foreach (var anchor in (ReadOnlySpan<string>)["(at ", "client at ", "node "])
        {
            var at = text.IndexOf(anchor, StringComparison.Ordinal);
            if (at >= 0 && TryNidAt(text, at + anchor.Length, out var nid)) return nid;
        }
        return LustreNid.First(text).ToString();
    }

    private static bool TryNidAt(ReadOnlySpan<char> text, int start, out string nid)
    {
        var length = LustreNid.LengthAt(text, start);
        nid = length > 0 ? text.Slice(start, length).ToString() : "";
        return length > 0;
    }

    /// <summary>
    /// The request of a DEBUG_REQ dump: ` oN->IMPORT@NID:portal/portal ` (ptlrpc's "%s: ... o%d->%s@%s:%d/%d").
    /// The import name may itself hold an '@' (MGC10.0.4.14@tcp@10.0.4.14@tcp), so the NID is the last address@net.
    /// </summary>
    public static bool TryRequest(ReadOnlySpan<char> text, out long opcode, out string import, out string nid)
    {
        opcode = 0;
        import = nid = "";
        var arrow = text.IndexOf("->", StringComparison.Ordinal);
        while (arrow >= 0)
        {
            var o = arrow;
            while (o > 0 && char.IsAsciiDigit(text[o - 1])) o--;
            if (o < arrow && o >= 2 && text[o - 1] == 'o' && text[o - 2] == ' ' && long.TryParse(text[o..arrow], out opcode))
            {
                var rest = text[(arrow + 2)..];
                var space = rest.IndexOf(' ');
                var target = space < 0 ? rest : rest[..space];
                var portal = target.LastIndexOf(':');
                if (portal > 0) target = target[..portal];
                if (!LustreNid.TrySplitImport(target, out var importName, out var nidText))
                    return false;
                import = importName.ToString();
                nid = nidText.ToString();
                return true;
            }
            var next = text[(arrow + 2)..].IndexOf("->", StringComparison.Ordinal);
            arrow = next < 0 ? -1 : arrow + 2 + next;
        }
        return false;
    }

    /// <summary>Seconds between `[sent S/real R]` and ` dl D ` of a timed-out request dump; null when not printed.</summary>
    public static long? RequestWaitSeconds(ReadOnlySpan<char> text)
    {
        var sent = text.IndexOf("[sent ", StringComparison.Ordinal);
        var dl = text.IndexOf(" dl ", StringComparison.Ordinal);
        if (sent < 0 || dl < 0) return null;
        if (!LeadingNumber(text[(sent + 6)..], out var s) || !LeadingNumber(text[(dl + 4)..], out var d) || d < s || s == 0) return null;
        return d - s;
    }

    /// <summary>The N of "... after Ns" (lock callback timer expired after 101s).</summary>
    public static long? SecondsAfter(ReadOnlySpan<char> text, string anchor)
    {
        var at = text.IndexOf(anchor, StringComparison.Ordinal);
        if (at < 0 || !LeadingNumber(text[(at + anchor.Length)..], out var n)) return null;
        return n;
    }

    /// <summary>
    /// The last negative return code in the text: `rc = -110`, `rc: -107`, `rc=-5`, `rc -2`. Not the `rc 0/-1` of a
    /// request dump (status/transno), and not words ending in "rc" (`rrc: 2` of a lock dump).
    /// </summary>
    public static long? ReturnCode(ReadOnlySpan<char> text)
    {
        long? found = null;
        var from = 0;
        while (true)
        {
            var at = text[from..].IndexOf("rc", StringComparison.Ordinal);
            if (at < 0) return found;
            at += from;
            from = at + 2;
            if (at > 0 && char.IsAsciiLetterOrDigit(text[at - 1])) continue;
            var i = at + 2;
            while (i < text.Length && text[i] == ' ') i++;
            if (i < text.Length && text[i] is '=' or ':') i++;
            while (i < text.Length && text[i] == ' ') i++;
            if (i >= text.Length || text[i] != '-') continue;
            var digits = i + 1;
            var j = digits;
            while (j < text.Length && char.IsAsciiDigit(text[j]) && j - digits < 6) j++;
            if (j == digits || (j < text.Length && (text[j] == '/' || char.IsAsciiDigit(text[j])))) continue;
            found = -long.Parse(text[digits..j], System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    /// <summary>The X of "operation X to node" (the `11-0:` console message of a failed RPC).</summary>
    public static string OperationName(ReadOnlySpan<char> text)
    {
        var at = text.IndexOf("operation ", StringComparison.Ordinal);
        if (at < 0) return "";
        var rest = text[(at + 10)..];
        var space = rest.IndexOf(' ');
        return space > 0 && rest[space..].StartsWith(" to node ") ? rest[..space].ToString() : "";
    }

    private static bool LeadingNumber(ReadOnlySpan<char> s, out long value)
    {
        var i = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i]) && i < 18) i++;
        return long.TryParse(s[..i], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out value);
    }
}

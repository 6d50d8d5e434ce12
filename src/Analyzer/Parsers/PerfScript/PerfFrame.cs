using System.Globalization;

namespace Analyzer.Parsers.PerfScript;

/// <summary>
/// A callchain line of `perf script`: `TAB ADDR SYMBOL[+0xOFF] (DSO)`. The symbol may hold spaces and parentheses
/// (C++ signatures), so the DSO is taken from the last " (" and the symbol is what lies between. The offset perf
/// 4.8+ appends is dropped (samples of one function differ only in it). An unknown symbol is named after its DSO,
/// `[libc-2.15.so]`, as stackcollapse-perf does, so it still says where the time went.
/// </summary>
internal readonly record struct PerfFrame(string Symbol, string Dso, bool Kernel)
{
    private const ulong KernelSpaceStart = 0xffff_8000_0000_0000;

    public static PerfFrame? TryParse(ReadOnlySpan<char> line)
    {
        var text = line.Trim();
        if (text.IsEmpty)
            return null;
        var space = text.IndexOfAny(' ', '\t');
        var addressText = space < 0 ? text : text[..space];
        if (!ulong.TryParse(addressText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var address))
            return null;
        var rest = space < 0 ? [] : text[(space + 1)..].Trim();
        var dso = ReadOnlySpan<char>.Empty;
        if (rest.EndsWith(")"))
        {
            var open = rest.LastIndexOf(" (");
            if (open >= 0)
            {
                dso = rest[(open + 2)..^1];
                rest = rest[..open].TrimEnd();
            }
            else if (rest.StartsWith("("))
            {
                dso = rest[1..^1];
                rest = [];
            }
        }
        var symbol = StripOffset(rest);
        var kernel = address >= KernelSpaceStart || IsKernelDso(dso);
        string name;
        if (symbol.IsEmpty || symbol.SequenceEqual("[unknown]"))
            name = dso.IsEmpty || dso.SequenceEqual("[unknown]") ? "[unknown]" : $"[{BaseName(dso)}]";
        else
            name = symbol.ToString();
        return new PerfFrame(name, dso.ToString(), kernel);
    }

    private static ReadOnlySpan<char> StripOffset(ReadOnlySpan<char> symbol)
    {
        var plus = symbol.LastIndexOf("+0x");
        if (plus <= 0)
            return symbol;
        foreach (var c in symbol[(plus + 3)..])
            if (!char.IsAsciiHexDigit(c))
                return symbol;
        return symbol[..plus];
    }

    /// <summary>`[kernel.kallsyms]`, a vmlinux image, or a module shown as `[name]` (not `[unknown]`, `[vdso]`, `[heap]`...).</summary>
    private static bool IsKernelDso(ReadOnlySpan<char> dso)
    {
        if (dso.StartsWith("[kernel", StringComparison.Ordinal) || dso.EndsWith("/vmlinux", StringComparison.Ordinal) || dso.SequenceEqual("vmlinux"))
            return true;
        if (dso is not ['[', .., ']'])
            return false;
        return !(dso.SequenceEqual("[unknown]") || dso.SequenceEqual("[vdso]") || dso.SequenceEqual("[vsyscall]") || dso.SequenceEqual("[heap]")
                 || dso.SequenceEqual("[stack]") || dso.SequenceEqual("[anon]") || dso.StartsWith("[anon:", StringComparison.Ordinal) || dso.SequenceEqual("[JIT]"));
    }

    private static string BaseName(ReadOnlySpan<char> path)
    {
        var slash = path.LastIndexOf('/');
        return (slash >= 0 ? path[(slash + 1)..] : path).ToString();
    }
}

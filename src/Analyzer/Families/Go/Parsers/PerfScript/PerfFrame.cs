using System.Globalization;

namespace Analyzer.Families.Go.Parsers.PerfScript;

/// <summary>
/// A callchain line of `perf script`: `TAB ADDR SYMBOL[+0xOFF] (DSO)`. The symbol may hold spaces and parentheses
/// (C++ signatures), so the DSO is taken from the last " (" and the symbol is what lies between. The offset perf
/// 4.8+ appends is dropped (samples of one function differ only in it). An unknown symbol is named after its DSO,
/// `[libc-2.15.so]`, as stackcollapse-perf does, so it still says where the time went. A ref struct over the line:
/// the hot path interns the symbol span without allocating a string per frame.
/// </summary>
internal readonly ref struct PerfFrame
{
    private const ulong KernelSpaceStart = 0xffff_8000_0000_0000;

    /// <summary>The function name: the symbol without offset, or the DSO's base name in brackets when unknown.</summary>
    public ReadOnlySpan<char> Symbol { get; }

    public ReadOnlySpan<char> Dso { get; }

    public bool Kernel { get; }

    /// <summary>True when <see cref="Symbol"/> is only the DSO's name (<see cref="UnknownName"/> gives it).</summary>
    public bool Unknown { get; }

    private PerfFrame(ReadOnlySpan<char> symbol, ReadOnlySpan<char> dso, bool kernel, bool unknown)
    {
        Symbol = symbol;
        Dso = dso;
        Kernel = kernel;
        Unknown = unknown;
    }

    /// <summary>`[unknown]`, or `[dso base name]` when the DSO is known.</summary>
    public string UnknownName() => Dso.IsEmpty || Dso.SequenceEqual("[unknown]") ? "[unknown]" : $"[{BaseName(Dso)}]";

    /// <summary>The frame's function name as a string (tests and cold paths).</summary>
    public string Name => Unknown ? UnknownName() : Symbol.ToString();

    public static bool TryParse(ReadOnlySpan<char> line, out PerfFrame frame)
    {
        frame = default;
        var text = line.Trim();
        if (text.IsEmpty)
            return false;
        var space = text.IndexOfAny(' ', '\t');
        var addressText = space < 0 ? text : text[..space];
        if (!ulong.TryParse(addressText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var address))
            return false;
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
        var unknown = symbol.IsEmpty || symbol.SequenceEqual("[unknown]");
        frame = new PerfFrame(symbol, dso, kernel, unknown);
        return true;
    }

    /// <summary>
    /// A frame line that lost its indentation (pasted into a form): only with the DSO in parentheses, and only when
    /// the line is not a sample header (a command named "cc1" or "dd" reads as a hex address too).
    /// </summary>
    public static bool TryParseUnindented(ReadOnlySpan<char> line, out PerfFrame frame)
    {
        frame = default;
        var text = line.TrimEnd();
        return text.EndsWith(")") && TryParse(text, out frame) && !frame.Dso.IsEmpty && PerfSampleHeader.TryParse(text) is null;
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

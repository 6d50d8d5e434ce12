using System.Text.RegularExpressions;

namespace Analyzer.Families.Go.Parsers.GoStacks;

/// <summary>
/// The rare lines of a crash preamble (formats.md §1.6). They occur a few times per dump, so a Regex is fine here.
/// <code>
/// panic: runtime error: invalid memory address or nil pointer dereference
/// panic: inner [recovered]
/// 	panic: middle [recovered, repanicked]
/// [signal SIGSEGV: segmentation violation code=0x1 addr=0x98 pc=0xe1d30f]
/// [signal 0xb code=0x1 addr=0x1 pc=0x8048f30]
/// </code>
/// </summary>
internal static partial class GoPanicLine
{
    [GeneratedRegex(@"^(?<nested>[\t ]*)panic: (?<msg>.*?)(?<rec> \[recovered(?<rep>, repanicked)?\])?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PanicRegex();

    [GeneratedRegex(@"^\[signal (?<sig>SIG[A-Z0-9]+|0x[0-9a-fA-F]+|[0-9]+)(?<rest>[^\]]*)\]", RegexOptions.CultureInvariant)]
    private static partial Regex SignalRegex();

    [GeneratedRegex(@"\baddr=(?<addr>0x[0-9a-fA-F]+|[0-9]+)", RegexOptions.CultureInvariant)]
    private static partial Regex AddrRegex();

    public static bool IsPanic(ReadOnlySpan<char> line) =>
        line.TrimStart().StartsWith("panic: ", StringComparison.Ordinal);

    public static bool TryParsePanic(string line, out bool nested, out string message, out bool recovered, out bool repanicked)
    {
        var m = PanicRegex().Match(line);
        nested = m.Success && m.Groups["nested"].Length > 0;
        message = m.Success ? m.Groups["msg"].Value : "";
        recovered = m.Success && m.Groups["rec"].Success;
        repanicked = m.Success && m.Groups["rep"].Success;
        return m.Success;
    }

    /// <summary>Signal name (numeric 0xb, SIGSEGV on every Unix, is named) and fault address.</summary>
    public static bool TryParseSignal(string line, out string signal, out string? addr)
    {
        var m = SignalRegex().Match(line);
        signal = "";
        addr = null;
        if (!m.Success)
            return false;
        signal = m.Groups["sig"].Value is "0xb" or "11" ? "SIGSEGV" : m.Groups["sig"].Value;
        var a = AddrRegex().Match(m.Groups["rest"].Value);
        addr = a.Success ? a.Groups["addr"].Value : null;
        return true;
    }

    /// <summary>Kind of a <c>fatal error:</c> message, as GoFatalError.Kind.</summary>
    public static string FatalKind(string message)
    {
        if (message.EndsWith("deadlock!", StringComparison.Ordinal))
            return "deadlock";
        if (message.StartsWith("concurrent map ", StringComparison.Ordinal))
            return "concurrent-map-access";
        if (message.StartsWith("stack overflow", StringComparison.Ordinal))
            return "stack-overflow";
        if (message.Contains("out of memory", StringComparison.Ordinal))
            return "out-of-memory";
        if (GoAnchors.IsSignalReport(message))
            return "signal";
        return "other";
    }
}

using System.Globalization;

namespace Analyzer.Reporting.Html;

/// <summary>
/// Frame colours: warm hues per package — reds for the program's own code, yellows for the standard library — so one
/// package reads as one colour band; cool blue for the Go runtime, orange-brown for kernel frames, grey for unsymbolized addresses.
/// The hue comes from a stable hash of the package, so the same package has the same colour in every graph.
/// </summary>
internal static class FlameColors
{
    public static string For(string function, bool kernel)
    {
        if (function.StartsWith("0x", StringComparison.Ordinal) || function.StartsWith("[unknown]", StringComparison.Ordinal))
            return "#c8c8c8";
        var package = Package(function);
        var hash = Hash(package);
        if (kernel)
            return Hsl(22 + hash % 14, 55 + hash / 16 % 15, 55 + hash / 256 % 10);
        if (package is "runtime" or "runtime/internal/syscall" or "runtime/internal/atomic" or "syscall" or "internal/poll")
            return Hsl(205 + hash % 20, 45 + hash / 16 % 15, 68 + hash / 256 % 8);
        // A C symbol has no package: each function gets its own warm hue, as in classic flame graphs.
        if (package == function)
            return Hsl(hash % 55, 70 + hash / 64 % 16, 58 + hash / 1024 % 10);
        // The program's own code (main, or a module path such as github.com/...) in reds, the standard library in
        // yellows, so "whose code is this" reads at a glance.
        return IsStandardLibrary(package)
            ? Hsl(38 + hash % 18, 70 + hash / 64 % 16, 58 + hash / 1024 % 10)
            : Hsl(hash % 26, 68 + hash / 64 % 16, 60 + hash / 1024 % 8);
    }

    /// <summary>Go standard library packages have no dot in their first path element (net/http, encoding/json).</summary>
    private static bool IsStandardLibrary(string package) =>
        package != "main" && !package.Split('/')[0].Contains('.', StringComparison.Ordinal);

    /// <summary>
    /// The Go package of a function (`net/http.(*conn).serve` → `net/http`); for other languages the part before
    /// `::`, else the whole name.
    /// </summary>
    public static string Package(string function)
    {
        var slash = function.LastIndexOf('/');
        var dot = function.IndexOf('.', slash + 1);
        if (dot > 0)
            return function[..dot];
        var colons = function.IndexOf("::", StringComparison.Ordinal);
        return colons > 0 ? function[..colons] : function;
    }

    private static int Hash(string text)
    {
        // FNV-1a: stable across runs, unlike string.GetHashCode.
        var h = 2166136261u;
        foreach (var c in text)
            h = (h ^ c) * 16777619u;
        return (int)(h & 0x7fffffff);
    }

    private static string Hsl(int hue, int saturation, int lightness) =>
        string.Create(CultureInfo.InvariantCulture, $"hsl({hue},{saturation}%,{lightness}%)");
}

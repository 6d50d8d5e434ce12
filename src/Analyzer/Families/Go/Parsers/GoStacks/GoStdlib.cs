using System.Collections.Frozen;

namespace Analyzer.Families.Go.Parsers.GoStacks;

/// <summary>
/// Is a frame the standard library (or runtime) or application code? "No dot in the first path element" is not
/// enough: GOPATH-era builds name their own packages without a dot (<c>myapp/internal/store</c>,
/// <c>juju/worker/uniter</c>). The file path decides when it says where the source lives (a GOROOT, or a GOPATH,
/// module cache or vendor tree); otherwise the package's first element must be a real top-level standard name.
/// </summary>
internal static class GoStdlib
{
    /// <summary>Top-level directories of GOROOT/src (Go 1.0 – 1.25), plus <c>type</c> for compiler-made functions (<c>type..eq.T</c>).</summary>
    private static readonly FrozenSet<string> TopLevel = new[]
    {
        "archive", "bufio", "builtin", "bytes", "cmd", "cmp", "compress", "container", "context", "crypto", "database",
        "debug", "embed", "encoding", "errors", "expvar", "flag", "fmt", "go", "hash", "html", "image", "index", "internal",
        "io", "iter", "log", "maps", "math", "mime", "net", "os", "path", "plugin", "reflect", "regexp", "runtime", "slices",
        "sort", "strconv", "strings", "structs", "sync", "syscall", "testing", "text", "time", "unicode", "unique", "unsafe",
        "vendor", "weak", "type",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TopLevelLookup = TopLevel.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The frame's verdict: from <paramref name="file"/> when it tells, else from the package name.</summary>
    public static bool IsStdlib(string package, ReadOnlySpan<char> file) => FromPath(file) ?? IsStdlibName(package);

    /// <summary>
    /// Standard library by name: empty (the runtime's <c>panic</c>) or a first path element that GOROOT/src has.
    /// <c>main</c> and anything with a dot (<c>github.com/…</c>) are application code.
    /// </summary>
    public static bool IsStdlibName(ReadOnlySpan<char> package)
    {
        if (package.IsEmpty)
            return true;
        var slash = package.IndexOf('/');
        var first = slash >= 0 ? package[..slash] : package;
        return TopLevelLookup.Contains(first);
    }

    /// <summary>
    /// What the source path says: true under a GOROOT (<c>/usr/local/go/src/</c>, <c>/usr/lib/go-1.10/src/</c>,
    /// Homebrew's <c>libexec/src/</c>, <c>C:/Program Files/Go/src/</c>, <c>~/sdk/go1.21.0/src/</c>, a
    /// <c>golang.org/toolchain@</c> download, <c>$GOROOT/src/</c>); false in a GOPATH (<c>/gopath/src/</c>,
    /// <c>/go/src/</c>, <c>$HOME/go/src/</c>, <c>/home/…/src/</c>), the module cache or a vendor tree; null when it
    /// cannot tell (relative <c>-trimpath</c> paths, <c>/app/main.go</c>).
    /// </summary>
    public static bool? FromPath(ReadOnlySpan<char> file)
    {
        if (file.IsEmpty || file[0] is not ('/' or '$') && !(file.Length > 2 && file[1] == ':'))
            return null; // relative (trimpath: "runtime/proc.go" is the import path, not a place) or "??"
        if (file.Contains("GOROOT/src/", StringComparison.Ordinal) || file.Contains("/libexec/src/", StringComparison.Ordinal)
            || file.Contains("golang.org/toolchain@", StringComparison.Ordinal))
            return true;
        for (var at = file.IndexOf("/src/", StringComparison.Ordinal); at > 0; at = NextSrc(file, at))
        {
            var parentEnd = file[..at].LastIndexOf('/');
            var dir = file[(parentEnd + 1)..at];
            if (!IsGoDirectory(dir))
                continue;
            var parent = parentEnd < 0 ? ReadOnlySpan<char>.Empty : file[..parentEnd];
            // Go's default GOPATH is $HOME/go, the golang image's is /go; a GOROOT lives anywhere else.
            return !(parent.IsEmpty || IsHome(parent) || dir.Equals("gopath", StringComparison.OrdinalIgnoreCase));
        }
        if (file.Contains("/pkg/mod/", StringComparison.Ordinal) || file.Contains("/vendor/", StringComparison.Ordinal))
            return false;
        if (IsUnderHome(file) && file.Contains("/src/", StringComparison.Ordinal))
            return false;
        return null;
    }

    private static int NextSrc(ReadOnlySpan<char> file, int at)
    {
        var next = file[(at + 1)..].IndexOf("/src/", StringComparison.Ordinal);
        return next < 0 ? -1 : at + 1 + next;
    }

    /// <summary><c>go</c>, <c>Go</c>, <c>go-1.10</c>, <c>go1.21.0</c>, <c>golang</c>, <c>goroot</c>, <c>gopath</c>.</summary>
    private static bool IsGoDirectory(ReadOnlySpan<char> dir)
    {
        if (dir.Equals("golang", StringComparison.OrdinalIgnoreCase) || dir.Equals("goroot", StringComparison.OrdinalIgnoreCase)
            || dir.Equals("gopath", StringComparison.OrdinalIgnoreCase))
            return true;
        if (dir.Length < 2 || !dir[..2].Equals("go", StringComparison.OrdinalIgnoreCase))
            return false;
        var version = dir[2..];
        if (version.StartsWith('-')) version = version[1..];
        return version.IsEmpty || (char.IsAsciiDigit(version[0]) && !version.ContainsAnyExcept("0123456789.rcbeta"));
    }

    /// <summary><c>/root</c>, <c>/home/u</c>, <c>/Users/u</c>, <c>C:/Users/u</c>.</summary>
    private static bool IsHome(ReadOnlySpan<char> dir)
    {
        if (dir.SequenceEqual("/root"))
            return true;
        var slash = dir.LastIndexOf('/');
        if (slash <= 0)
            return false;
        var above = dir[..slash];
        return above.SequenceEqual("/home") || above.SequenceEqual("/Users") || above.EndsWith(":/Users", StringComparison.Ordinal);
    }

    private static bool IsUnderHome(ReadOnlySpan<char> file) =>
        file.StartsWith("/home/", StringComparison.Ordinal) || file.StartsWith("/Users/", StringComparison.Ordinal)
        || file.StartsWith("/root/", StringComparison.Ordinal) || file.Contains(":/Users/", StringComparison.Ordinal);
}

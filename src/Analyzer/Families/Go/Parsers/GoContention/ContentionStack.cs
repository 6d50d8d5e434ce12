using Analyzer.Families.Go.Parsers.GoStacks;

namespace Analyzer.Families.Go.Parsers.GoContention;

/// <summary>
/// What one mutex/block stack says: which application frame it waited under (the site) and what it waited on. Shared
/// by the binary and the text form so both name sites the same way.
/// </summary>
internal static class ContentionStack
{
    /// <summary>Index of the site frame: the first (innermost) outside runtime, sync and internal packages, else 0.</summary>
    public static int SiteIndex(IReadOnlyList<string> functions)
    {
        for (var i = 0; i < functions.Count; i++)
            if (!IsMachinery(GoFunctionName.Parse(functions[i]).Package))
                return i;
        return 0;
    }

    /// <summary>lock, channel, select, waitgroup, cond or other; a mutex profile only records lock hand-offs.</summary>
    public static string Category(IReadOnlyList<string> functions, string kind)
    {
        if (kind == "mutex")
            return "lock";
        foreach (var function in functions)
        {
            if (function.StartsWith("sync.(*Mutex).", StringComparison.Ordinal)
                || function.StartsWith("sync.(*RWMutex).", StringComparison.Ordinal)
                || function.StartsWith("sync.runtime_SemacquireMutex", StringComparison.Ordinal)
                || function.StartsWith("sync.runtime_SemacquireRWMutex", StringComparison.Ordinal))
                return "lock";
            if (function.StartsWith("runtime.chanrecv", StringComparison.Ordinal) || function.StartsWith("runtime.chansend", StringComparison.Ordinal))
                return "channel";
            if (function == "runtime.selectgo")
                return "select";
            if (function.StartsWith("sync.(*WaitGroup).", StringComparison.Ordinal))
                return "waitgroup";
            if (function.StartsWith("sync.(*Cond).", StringComparison.Ordinal))
                return "cond";
        }
        return "other";
    }

    private static bool IsMachinery(string package) =>
        package is "runtime" or "sync" or "sync/atomic" or ""
        || package.StartsWith("runtime/", StringComparison.Ordinal)
        || package.StartsWith("internal/", StringComparison.Ordinal);
}

namespace Analyzer.Cli.Commands;

/// <summary>Where rules come from: the rules shipped beside the tool, plus (or, with --no-builtin-rules, instead of) those given with --rules.</summary>
internal static class RuleDirectories
{
    /// <summary>The shipped rules, or null when the tool was installed without them.</summary>
    public static string? Builtin
    {
        get
        {
            var shipped = Path.Combine(AppContext.BaseDirectory, "rules");
            return Directory.Exists(shipped) ? shipped : null;
        }
    }

    /// <summary>
    /// <c>analyze</c>'s rules: the built-ins first, then each --rules directory, so a user rule reusing a built-in id is
    /// reported at the user's file (TRI0105) and the verdict rules stay in place when one rule is added.
    /// </summary>
    public static IReadOnlyList<string> ForAnalysis(string[]? given, bool noBuiltins)
    {
        var dirs = new List<string>();
        if (!noBuiltins && Builtin is { } shipped) dirs.Add(shipped);
        dirs.AddRange(given ?? []);
        return dirs;
    }

    /// <summary><c>rules check|test|list</c>: the rules named (what the author works on), else the built-in rules.</summary>
    public static IReadOnlyList<string> Resolve(string[]? given)
    {
        if (given is { Length: > 0 })
            return given;
        return Builtin is { } shipped ? [shipped] : [];
    }

    /// <summary>
    /// The folder rule tests' bundle paths are relative to (after the rule file's own folder): the nearest ancestor
    /// holding fixtures/ of the first rules directory that has one, else of the working directory.
    /// </summary>
    public static string TestRoot(IReadOnlyList<string> ruleDirs)
    {
        foreach (var start in ruleDirs.Select(Path.GetFullPath).Append(Directory.GetCurrentDirectory()))
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (Directory.Exists(Path.Combine(dir.FullName, "fixtures")))
                    return dir.FullName;
        return Directory.GetCurrentDirectory();
    }
}

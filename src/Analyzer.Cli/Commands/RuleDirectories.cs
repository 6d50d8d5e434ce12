namespace Analyzer.Cli.Commands;

/// <summary>Where rules come from: the directories given with --rules, else the rules shipped beside the tool.</summary>
internal static class RuleDirectories
{
    public static IReadOnlyList<string> Resolve(string[]? given)
    {
        if (given is { Length: > 0 })
            return given;
        var shipped = Path.Combine(AppContext.BaseDirectory, "rules");
        return Directory.Exists(shipped) ? [shipped] : [];
    }

    /// <summary>The folder rule tests' bundle paths are relative to: the nearest ancestor holding fixtures/.</summary>
    public static string TestRoot(IReadOnlyList<string> ruleDirs)
    {
        var start = ruleDirs.Count > 0 ? Path.GetFullPath(ruleDirs[0]) : Directory.GetCurrentDirectory();
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "fixtures")))
                return dir.FullName;
        return Directory.GetCurrentDirectory();
    }
}

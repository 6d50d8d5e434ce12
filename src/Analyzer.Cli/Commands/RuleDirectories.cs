namespace Analyzer.Cli.Commands;

/// <summary>Where rule directories given with --rules find what their tests name.</summary>
internal static class RuleDirectories
{
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

namespace Analyzer.Tests.Support;

/// <summary>Finds the checkout the tests run from, so fixture, rule and report paths need no configuration.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();
    public static string Rules => Path.Combine(Root, "rules");
    public static string Fixtures => Path.Combine(Root, "fixtures");
    public static string Reports => Path.Combine(Root, "reports");

    /// <summary>Every fixture bundle: directories and archives directly under fixtures/, except the generator.</summary>
    public static IEnumerable<string> FixtureBundles() =>
        Directory.EnumerateFileSystemEntries(Fixtures)
            .Where(p => Path.GetFileName(p) is not ("gen" or "README.md") && !Path.GetFileName(p).StartsWith('.'))
            .Order(StringComparer.Ordinal);

    /// <summary>The report name of a fixture: its directory or archive name without the archive suffix.</summary>
    public static string CaseName(string bundle)
    {
        var name = Path.GetFileName(bundle);
        foreach (var suffix in new[] { ".tar.gz", ".tgz", ".tar.xz", ".tar", ".zip", ".gz" })
            if (name.EndsWith(suffix, StringComparison.Ordinal))
                return name[..^suffix.Length];
        return name;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Analyzer.sln")))
                return dir.FullName;
        // Built into a private folder (TRIAGE_ARTIFACTS): the build recorded where the checkout is.
        var recorded = typeof(RepoPaths).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepoRoot")?.Value;
        if (recorded is not null && File.Exists(Path.Combine(recorded, "Analyzer.sln")))
            return recorded;
        throw new InvalidOperationException("tests must run inside the checkout (Analyzer.sln not found above " + AppContext.BaseDirectory + ")");
    }
}

namespace Analyzer.Fuzz;

/// <summary>Where targets that need a file write their input (one folder per process), and the shipped rules.</summary>
internal static class Scratch
{
    public static string Directory { get; } =
        System.IO.Directory.CreateTempSubdirectory($"triage-fuzz-{Environment.ProcessId}-").FullName;

    /// <summary>The checkout's rules/ folder: run.sh passes it, or it is found above the working directory.</summary>
    public static string RulesDirectory =>
        Environment.GetEnvironmentVariable("TRIAGE_FUZZ_RULES") ?? Path.Combine(Environment.CurrentDirectory, "rules");
}

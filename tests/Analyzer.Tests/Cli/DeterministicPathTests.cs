using Analyzer.Tests.Support;

namespace Analyzer.Tests.Cli;

/// <summary>
/// Builds of the tool map the repository root to /_/ (Directory.Build.props, PathMap), so a stack trace — in a crash
/// file or with TRIAGE_DEBUG=1 — names /_/src/… and never the build machine's checkout path.
/// </summary>
public sealed class DeterministicPathTests
{
    [Fact]
    public void Stack_traces_of_the_tool_name_mapped_source_paths_only()
    {
        var dir = Directory.CreateTempSubdirectory("triage-paths-");
        try
        {
            // A real failure inside the CLI assembly: writing a report into a folder that does not exist.
            var e = Assert.ThrowsAny<IOException>(() => Analyzer.Cli.Commands.ReportOutput.Write(Path.Combine(dir.FullName, "no", "such", "r.md"), "x"));
            var stderr = new StringWriter();
            Analyzer.Cli.Commands.CrashReport.Handle(e, ["analyze"], stderr, dir.FullName, printTrace: true);
            var crash = File.ReadAllText(Assert.Single(Directory.GetFiles(dir.FullName, "triage-crash-*.txt")));
            foreach (var text in new[] { crash, stderr.ToString() })
            {
                Assert.Contains("/_/src/Analyzer.Cli/Commands/ReportOutput.cs:line ", text, StringComparison.Ordinal);
                // The tool's frames are mapped; the test's own frames keep real paths (tests find data by their path).
                Assert.DoesNotContain(Path.Combine(RepoPaths.Root, "src"), text, StringComparison.Ordinal);
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}

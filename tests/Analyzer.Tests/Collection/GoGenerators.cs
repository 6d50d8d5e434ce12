using System.Diagnostics;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.Collection;

/// <summary>
/// Builds the fixture generators (fixtures/gen/cmd/*) with the machine's Go, once per test run, offline as
/// generate.sh builds them. Go is required: CI installs it (.ci/run), so a missing Go fails these tests.
/// </summary>
internal static class GoGenerators
{
    private static readonly string Dir = Path.Combine(Path.GetTempPath(), $"triage-gen-{Environment.ProcessId}");
    private static readonly Lock Gate = new();

    static GoGenerators() =>
        // The binaries are this test run's own: removed when it ends, not left in /tmp run after run.
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(Dir, recursive: true);
            }
            catch (IOException)
            {
                // A service still being killed may hold its binary; the folder is in the temporary directory anyway.
            }
        };

    public static string Binary(string name)
    {
        lock (Gate)
        {
            var path = Path.Combine(Dir, name);
            if (File.Exists(path)) return path;
            Directory.CreateDirectory(Dir);
            var start = new ProcessStartInfo("go") { WorkingDirectory = Path.Combine(RepoPaths.Fixtures, "gen"), RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var a in new[] { "build", "-trimpath", "-o", path, "./cmd/" + name }) start.ArgumentList.Add(a);
            start.Environment["GOPROXY"] = "off";
            start.Environment["GOTOOLCHAIN"] = "local";
            start.Environment["GOFLAGS"] = "";
            start.Environment["GOWORK"] = "off";
            using var go = Process.Start(start) ?? throw new InvalidOperationException("go did not start");
            var err = go.StandardError.ReadToEndAsync();
            if (!go.WaitForExit(300_000)) throw new TimeoutException("go build did not finish in 300 s");
            if (go.ExitCode != 0) throw new InvalidOperationException($"go build ./cmd/{name} failed: {err.Result}");
            return path;
        }
    }
}

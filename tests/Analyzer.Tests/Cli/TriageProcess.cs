using System.Diagnostics;

namespace Analyzer.Tests.Cli;

/// <summary>Runs the built `triage` as a separate process, the way users and CI jobs do.</summary>
internal static class TriageProcess
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    /// <summary>The built tool, for scripts that run it themselves.</summary>
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "triage.dll");

    public static Result Run(params string[] args) => RunWithStdin(null, args);

    /// <summary>Runs triage with <paramref name="stdin"/> piped in (null: an empty, closed standard input).</summary>
    public static Result RunWithStdin(byte[]? stdin, params string[] args) => RunProgram(Dll, stdin, args);

    /// <summary>Runs another built program (<paramref name="dll"/> under `dotnet`) the same way.</summary>
    public static Result RunProgram(string dll, byte[]? stdin, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            if (stdin is not null) process.StandardInput.BaseStream.Write(stdin);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // triage may finish (a usage error) before reading its input: a closed pipe is not the test's concern.
        }
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("triage did not finish in 120 s");
        }
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }
}

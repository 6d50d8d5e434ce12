using System.Diagnostics;
using System.Formats.Tar;
using System.IO.Compression;
using Analyzer.Tests.Cli;

namespace Analyzer.Tests.Collection;

/// <summary>The `collect` verb as users run it: the bundle to a file or to standard output, the report at once, usage errors.</summary>
public sealed class CollectCommandTests : IDisposable
{
    private readonly FakeRoot _fake = new();

    public void Dispose() => _fake.Dispose();

    private string[] FakeArgs => ["collect", "--root", _fake.Root, "--tools", _fake.Tools, "--juicefs", _fake.Mount, "--seconds", "1"];

    [Fact]
    public void Analyze_prints_the_report_of_the_bundle_it_wrote()
    {
        var output = Path.Combine(_fake.Dir, "bundle.tar.gz");
        var r = TriageProcess.Run([.. FakeArgs, "-o", output, "--analyze"]);
        Assert.Equal(0, r.ExitCode);
        Assert.True(File.Exists(output));
        Assert.StartsWith("# Triage report: bundle.tar.gz", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("Tasks blocked in the kernel", r.Stdout, StringComparison.Ordinal);
        Assert.Contains($"into {output}", r.Stderr, StringComparison.Ordinal);
        // The same bundle read again by `analyze` gives the same verdict line.
        var again = TriageProcess.Run("analyze", output);
        static string Verdict(string report) => report.Split('\n').First(l => l.StartsWith("**Verdict:", StringComparison.Ordinal));
        Assert.Equal(Verdict(r.Stdout), Verdict(again.Stdout));
    }

    [Fact]
    public async Task Dash_writes_the_bundle_to_standard_output_and_the_report_to_standard_error()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "triage.dll"));
        foreach (var a in FakeArgs.Concat(["-o", "-", "--analyze"])) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        using var bundle = new MemoryStream();
        await process.StandardOutput.BaseStream.CopyToAsync(bundle);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);
        Assert.Equal(0, process.ExitCode);
        bundle.Position = 0;
        using var tar = new TarReader(new GZipStream(bundle, CompressionMode.Decompress));
        var names = new List<string>();
        while (tar.GetNextEntry() is { } entry) names.Add(entry.Name);
        Assert.Contains("triage-collect.json", names);
        Assert.Contains("kernel/dmesg.txt", names);
        Assert.Contains("# Triage report:", await stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--go", "unix:")]
    [InlineData("--seconds", "0")]
    [InlineData("--root", "/nonexistent-root")]
    public void Unusable_options_exit_2_before_capturing(string option, string value)
    {
        var r = TriageProcess.Run("collect", "-o", Path.Combine(_fake.Dir, "x.tar.gz"), "--no-host", option, value);
        Assert.Equal(2, r.ExitCode);
        Assert.False(File.Exists(Path.Combine(_fake.Dir, "x.tar.gz")));
        Assert.StartsWith("triage: ", r.Stderr, StringComparison.Ordinal);
    }
}

using System.CommandLine;
using Analyzer.Bundles;
using Analyzer.Collection;
using Analyzer.Pipeline;
using Analyzer.Reporting;

namespace Analyzer.Cli.Commands;

/// <summary>
/// <c>triage collect [-o FILE|-] [--pid N]... [--go URL|unix:PATH]... [--juicefs MOUNT]... [--seconds N] [--analyze]</c>:
/// one bounded, read-only capture written as a bundle (docs/collect.md).
/// </summary>
internal static class CollectCommand
{
    public static Command Create()
    {
        var output = new Option<string?>("--output", "-o") { Description = "The bundle to write (.tar.gz); '-' writes it to standard output. Default: triage-collect-HOST-TIME.tar.gz here." };
        var pids = new Option<int[]>("--pid") { Description = "A Go process: its listening TCP ports and unix sockets are found in /proc and tried for pprof (repeatable)." };
        var go = new Option<string[]>("--go") { Description = "A Go pprof endpoint: http://HOST:PORT, HOST:PORT or unix:PATH (repeatable)." };
        var juicefs = new Option<string[]>("--juicefs") { Description = "A JuiceFS mount point: .accesslog, .stats and the mount's pprof (repeatable)." };
        var seconds = new Option<int>("--seconds") { Description = "The sampling window: CPU profile, gap between the two goroutine dumps, disk/CPU/memory samples.", DefaultValueFactory = _ => 5 };
        var maxSeconds = new Option<int?>("--max-seconds") { Description = "Time budget of the whole capture (default: 3 x --seconds + 30)." };
        var maxBytes = new Option<long>("--max-bytes") { Description = "Size budget: uncompressed bytes of all captured files together.", DefaultValueFactory = _ => 256L * 1024 * 1024 };
        var redact = new Option<bool>("--redact") { Description = "Replace host names, IP addresses and user names by consistent stand-ins; leave binary profiles out." };
        var analyze = new Option<bool>("--analyze") { Description = "Print the Markdown report of the bundle at once (on standard error when the bundle goes to standard output)." };
        var noHost = new Option<bool>("--no-host") { Description = "Only the Go services and JuiceFS mounts named; no kernel log, processes, samples, ZFS or Lustre." };
        var root = new Option<string>("--root") { Description = "Read /proc, /sys, /dev, /etc below this directory (tests).", DefaultValueFactory = _ => "/" };
        var tools = new Option<string[]>("--tools") { Description = "Where to look for dmesg, zpool and lctl (repeatable; default: PATH when --root is /, nowhere otherwise)." };
        var command = new Command("collect", "Capture a bounded, read-only diagnostic bundle of this host and its Go services.")
            { output, pids, go, juicefs, seconds, maxSeconds, maxBytes, redact, analyze, noHost, root, tools };
        command.SetAction(parse =>
        {
            var options = new CollectOptions
            {
                Root = parse.GetValue(root)!,
                Pids = parse.GetValue(pids) ?? [],
                GoTargets = parse.GetValue(go) ?? [],
                JuiceFsMounts = parse.GetValue(juicefs) ?? [],
                Seconds = parse.GetValue(seconds),
                MaxSeconds = parse.GetValue(maxSeconds),
                MaxBytes = parse.GetValue(maxBytes),
                Redact = parse.GetValue(redact),
                Host = !parse.GetValue(noHost),
            };
            var toolDirs = parse.GetValue(tools) is { Length: > 0 } t ? t
                : options.Root == "/" ? (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin").Split(':', StringSplitOptions.RemoveEmptyEntries) : [];
            return Run(options with { ToolDirs = toolDirs }, parse.GetValue(output), parse.GetValue(analyze));
        });
        return command;
    }

    private static int Run(CollectOptions options, string? output, bool analyze)
    {
        if (options.Seconds < 1 || options.MaxSeconds is < 1 || options.MaxBytes < 0)
        {
            Console.Error.WriteLine("triage: --seconds and --max-seconds must be at least 1, --max-bytes not negative");
            return ExitCodes.Unusable;
        }
        if (options.GoTargets.FirstOrDefault(g => GoEndpoint.Parse(g) is null) is { } bad)
        {
            Console.Error.WriteLine($"triage: --go {bad} is not http://HOST:PORT, HOST:PORT or unix:PATH");
            return ExitCodes.Unusable;
        }
        if (!Directory.Exists(options.Root))
        {
            Console.Error.WriteLine($"triage: --root {options.Root} is not a directory");
            return ExitCodes.Unusable;
        }
        var toStdout = output == "-";
        var target = toStdout ? null : output ?? (options.Redact
            ? $"triage-collect-{DateTime.UtcNow:yyyyMMddTHHmmssZ}.tar.gz" // a redacted bundle's name must not name the host either
            : $"triage-collect-{Environment.MachineName}-{DateTime.UtcNow:yyyyMMddTHHmmssZ}.tar.gz");
        if (target is not null && ReportOutput.Refusal(target, "") is { } refusal)
        {
            Console.Error.WriteLine($"triage: {refusal.Replace("--output", "-o", StringComparison.Ordinal)}");
            return ExitCodes.Unusable;
        }
        // The bundle goes to a temporary file first: renamed into place when complete, or copied to standard output.
        var temp = Path.Join(Path.GetTempPath(), $"triage-collect-{Environment.ProcessId}-{Guid.NewGuid():N}.tar.gz");
        try
        {
            CollectResult result;
            using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
                result = Collector.RunAsync(options, file).GetAwaiter().GetResult();
            var m = result.Manifest;
            if (toStdout)
            {
                using var stdout = Console.OpenStandardOutput();
                using var bundle = File.OpenRead(temp);
                bundle.CopyTo(stdout);
            }
            else
                ReportOutput.Write(target!, stream =>
                {
                    using var bundle = File.OpenRead(temp);
                    bundle.CopyTo(stream);
                });
            var missing = m.Sources.Count(s => s.Status is not (SourceStatus.Ok or SourceStatus.Truncated));
            Console.Error.WriteLine($"triage: collected {m.Sources.Count - missing} source(s), {m.BytesWritten} bytes, in {(m.Finished - m.Started).TotalSeconds:0.0} s" +
                $"{(toStdout ? "" : $" into {target}")}; {missing} absent, denied, timed out or skipped (see {CollectManifest.FileName})");
            if (analyze) return Analyze(toStdout ? temp : target!, toStdout ? Console.Error : Console.Out);
            return ExitCodes.Ok;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"triage: cannot write the bundle: {e.Message}");
            return ExitCodes.Unusable;
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private static int Analyze(string bundle, TextWriter to)
    {
        var loaded = RuleLoading.Load([], builtin: BuiltinRules.Pack);
        if (loaded.Rules is null)
        {
            foreach (var d in loaded.Diagnostics.Items) Console.Error.WriteLine(d);
            return ExitCodes.Unusable;
        }
        try
        {
            to.Write(MarkdownReportWriter.Render(Analysis.Run(bundle, loaded.Rules)));
        }
        catch (BundleException e)
        {
            Console.Error.WriteLine($"triage: {e.Message}");
            return ExitCodes.Unusable;
        }
        return ExitCodes.Ok;
    }
}

using System.Globalization;

namespace Analyzer.Cli.Commands;

/// <summary>
/// What an unhandled exception becomes: exit 70, one line on stderr naming a crash file that holds the stack trace.
/// A stack trace on stderr reads like a finding to nobody and buries the one line a CI log needs;
/// <c>TRIAGE_DEBUG=1</c> prints it anyway for whoever is debugging.
/// </summary>
internal static class CrashReport
{
    public static int Handle(Exception e, IReadOnlyList<string> args, TextWriter stderr, string directory, bool printTrace)
    {
        var file = TryWrite(e, args, directory);
        var where = file is null ? "no crash file could be written" : $"details in {file}";
        stderr.WriteLine($"triage: internal error ({e.GetType().Name}); {where}. Please report it with that file.");
        if (printTrace) stderr.WriteLine(e);
        return ExitCodes.InternalError;
    }

    private static string? TryWrite(Exception e, IReadOnlyList<string> args, string directory)
    {
        try
        {
            var stamp = DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);
            var path = Path.Combine(directory, $"triage-crash-{stamp}-{Environment.ProcessId}.txt");
            var text = $"triage {typeof(CrashReport).Assembly.GetName().Version} on .NET {Environment.Version}\n" +
                       $"arguments: {string.Join(' ', args)}\n\n{e}\n";
            // CreateNew: never overwrite whatever sits at that name (a planted link included).
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(stream);
            writer.Write(text);
            return path;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}

using System.Diagnostics;

namespace Analyzer.Collection;

/// <summary>One command's output as one bundle file, or a manifest line saying why there is none.</summary>
public static class CommandCapture
{
    /// <summary>Runs a command and records its output or why there is none.</summary>
    public static void Run(ToolRunner tools, CaptureRecorder recorder, string name, string[] args, string path, TimeSpan timeout)
    {
        var command = $"{name.Split(' ')[0]} {string.Join(' ', args)}";
        var clock = Stopwatch.StartNew();
        var r = tools.Run(name.Split(' ')[0], args, recorder.Budget.Step(timeout));
        if (r.Data.Length > 0) recorder.Add(name, command, path, r.Data, clock.ElapsedMilliseconds, binary: false, r.Status, r.Reason);
        else recorder.Note(name, command, r.Ok ? SourceStatus.Absent : r.Status, r.Reason ?? "no output", clock.ElapsedMilliseconds);
    }
}

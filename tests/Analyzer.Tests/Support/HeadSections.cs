namespace Analyzer.Tests.Support;

/// <summary>
/// The real `head /proc/*/stack /proc/*/status` capture of the ProcStatus samples, cut into its `==> path <==`
/// sections the way the transport layer hands them to a parser (one section, with or without its header line).
/// </summary>
internal static class HeadSections
{
    public static string Output => HostParse.SampleText("ProcStatus", "linux6_head_proc_stack_status.txt");

    public static string Section(string path, bool keepHeader)
    {
        var lines = Output.Split('\n');
        var start = Array.IndexOf(lines, $"==> {path} <==");
        var body = lines.Skip(start + 1).TakeWhile(l => !l.StartsWith("==> ", StringComparison.Ordinal));
        return string.Join('\n', keepHeader ? body.Prepend(lines[start]) : body);
    }
}

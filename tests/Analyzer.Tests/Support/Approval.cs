namespace Analyzer.Tests.Support;

/// <summary>
/// A small approval helper: compares text with an approved file; on mismatch writes <c>NAME.received.EXT</c> beside
/// it for review and fails. With TRIAGE_APPROVE=1 the received text is approved instead (review the diff first).
/// </summary>
internal static class Approval
{
    public static void Verify(string approvedPath, string received)
    {
        var receivedPath = Path.Combine(Path.GetDirectoryName(approvedPath)!,
            Path.GetFileNameWithoutExtension(approvedPath) + ".received" + Path.GetExtension(approvedPath));
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (approved == received)
        {
            File.Delete(receivedPath);
            return;
        }
        if (Environment.GetEnvironmentVariable("TRIAGE_APPROVE") == "1")
        {
            File.WriteAllText(approvedPath, received);
            File.Delete(receivedPath);
            return;
        }
        File.WriteAllText(receivedPath, received);
        Assert.Fail(approved is null
            ? $"{approvedPath} does not exist; the output was written to {receivedPath}. Review it and rename it (or run with TRIAGE_APPROVE=1)."
            : $"{approvedPath} differs from the output, written to {receivedPath}. Review with: diff {approvedPath} {receivedPath}");
    }
}

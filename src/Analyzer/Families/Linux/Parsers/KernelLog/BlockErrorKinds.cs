using System.Text;

namespace Analyzer.Families.Linux.Parsers.KernelLog;

/// <summary>
/// The error kinds of one device in words, only those seen ("49 I/O errors (1 critical medium), 1 SCSI command
/// failure"): rule templates cannot leave out a zero count, and a reader wants the kinds, not a row of zeros.
/// </summary>
internal static class BlockErrorKinds
{
    public static string Describe(long io, long[] c)
    {
        var sb = new StringBuilder();
        if (io > 0)
        {
            sb.Append(io).Append(io == 1 ? " I/O error" : " I/O errors");
            var of = new List<string>();
            Of(of, c[(int)BlockErrorKind.MediumError], "critical medium");
            Of(of, c[(int)BlockErrorKind.TargetError], "critical target");
            Of(of, c[(int)BlockErrorKind.SpaceError], "space allocation");
            Of(of, c[(int)BlockErrorKind.TransportError], "transport");
            Of(of, c[(int)BlockErrorKind.OtherRequestError], "other status");
            if (of.Count > 0) sb.Append(" (").AppendJoin(", ", of).Append(')');
        }
        Part(sb, c[(int)BlockErrorKind.BufferError], "Buffer I/O error", "Buffer I/O errors");
        Part(sb, c[(int)BlockErrorKind.AtaException], "ATA exception", "ATA exceptions");
        Part(sb, c[(int)BlockErrorKind.LinkReset], "link reset", "link resets");
        Part(sb, c[(int)BlockErrorKind.ScsiFailure], "SCSI command failure", "SCSI command failures");
        Part(sb, c[(int)BlockErrorKind.Timeout], "command timeout", "command timeouts");
        return sb.ToString();
    }

    private static void Of(List<string> parts, long n, string what)
    {
        if (n > 0) parts.Add($"{n} {what}");
    }

    private static void Part(StringBuilder sb, long n, string one, string many)
    {
        if (n == 0) return;
        if (sb.Length > 0) sb.Append(", ");
        sb.Append(n).Append(' ').Append(n == 1 ? one : many);
    }
}

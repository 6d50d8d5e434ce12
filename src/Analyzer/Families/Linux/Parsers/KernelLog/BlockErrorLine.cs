using Analyzer.Text;

namespace Analyzer.Families.Linux.Parsers.KernelLog;

/// <summary>
/// Recognises the block-layer, ATA and SCSI error lines and names their device, without Regex:
/// `blk_update_request: I/O error, dev sdb, sector 2048 op 0x0:(READ) ...` with any block status (`critical medium
/// error`, `critical target error`, `critical space allocation error`, `timeout error`...; also `end_request:`,
/// `print_req_error:` and the bare 5.x+ form), `Buffer I/O error on dev sdb1, logical block 0, async page read`,
/// `ata3.00: exception Emask 0x0 SAct ...` / `ata3.00: failed command: READ FPDMA QUEUED`, `ata3: hard resetting link`,
/// `ata3: SATA link down`, `ata3: COMRESET failed`, `sd 2:0:0:0: [sdb] tag#3 FAILED Result: hostbyte=...`,
/// `sd 2:0:0:0: [sdb] tag#3 timing out command`, `nvme nvme0: I/O 123 QID 4 timeout, aborting`.
/// </summary>
internal static class BlockErrorLine
{
    /// <summary>
    /// How far into a payload <c> error, dev </c> can start: a caller (<c>blk_update_request: </c>) and a block status
    /// of at most 40 characters come before it. Looking no further keeps long lines that cannot be block errors (a
    /// firewall log line) from being searched to their end: this runs on every kernel line.
    /// </summary>
    private const int StatusReach = 128;

    /// <summary>Gated on its comma: most kernel lines have no comma near their start.</summary>
    private static readonly GatedNeedle ErrorDev = new(" error, dev ", ',');

    public static bool TryParse(ReadOnlySpan<char> p, out ReadOnlySpan<char> device, out BlockErrorKind kind, out long sector)
    {
        device = default;
        kind = default;
        sector = -1;
        if (p.Length < 8)
            return false;
        switch (p[0])
        {
            case 'a' when p.StartsWith("ata"):
                return Ata(p, out device, out kind);
            case 'B' when p.StartsWith("Buffer I/O error on dev"):
                kind = BlockErrorKind.BufferError;
                var rest = p[23..];
                if (rest.StartsWith("ice")) rest = rest[3..];
                device = Token(rest.TrimStart(' '), ',');
                return !device.IsEmpty;
            case 's' when p.StartsWith("sd ") || p.StartsWith("sr "):
                return Scsi(p, out device, out kind);
            case 'n' when p.StartsWith("nvme nvme"):
                if (!p.Contains(" timeout", StringComparison.Ordinal))
                    return false;
                kind = BlockErrorKind.Timeout;
                device = Token(p[5..], ':');
                return !device.IsEmpty;
        }
        var at = ErrorDev.IndexIn(p[..Math.Min(p.Length, StatusReach + 12)]);
        if (at <= 0)
            return false;
        // "[caller: ]STATUS error, dev X, sector N ...": the block status name of blk_errors[] comes before " error".
        var head = p[..at];
        var colon = head.LastIndexOf(": ");
        var status = colon >= 0 ? head[(colon + 2)..] : head;
        if (status.Length > 40)
            return false;
        kind = Status(status);
        device = Token(p[(at + 12)..], ',');
        sector = SpanNumbers.After(p, ", sector ", -1);
        return !device.IsEmpty;
    }

    private static BlockErrorKind Status(ReadOnlySpan<char> status) => status switch
    {
        "I/O" => BlockErrorKind.IoError,
        "critical medium" => BlockErrorKind.MediumError,
        "critical target" => BlockErrorKind.TargetError,
        "critical space allocation" => BlockErrorKind.SpaceError,
        "recoverable transport" or "critical nexus" or "reservation conflict" => BlockErrorKind.TransportError,
        "timeout" => BlockErrorKind.Timeout,
        _ => BlockErrorKind.OtherRequestError,
    };

    private static bool Ata(ReadOnlySpan<char> p, out ReadOnlySpan<char> device, out BlockErrorKind kind)
    {
        device = default;
        kind = default;
        var i = 3;
        while (i < p.Length && char.IsAsciiDigit(p[i])) i++;
        if (i == 3 || i >= p.Length || (p[i] != '.' && p[i] != ':'))
            return false;
        device = p[..i];
        var colon = p.IndexOf(": ");
        if (colon < 0)
            return false;
        var msg = p[(colon + 2)..];
        if (msg.StartsWith("exception Emask") || msg.StartsWith("failed command:"))
            kind = BlockErrorKind.AtaException;
        else if (msg.StartsWith("hard resetting link") || msg.StartsWith("SATA link down") || msg.StartsWith("COMRESET failed")
                 || msg.StartsWith("link is slow to respond") || msg.StartsWith("softreset failed"))
            kind = BlockErrorKind.LinkReset;
        else
            return false;
        return true;
    }

    private static bool Scsi(ReadOnlySpan<char> p, out ReadOnlySpan<char> device, out BlockErrorKind kind)
    {
        device = default;
        kind = default;
        var open = p.IndexOf(": [");
        if (open < 0)
            return false;
        var rest = p[(open + 3)..];
        var close = rest.IndexOf(']');
        if (close <= 0)
            return false;
        device = rest[..close];
        var msg = rest[(close + 1)..];
        if (msg.Contains("FAILED Result:", StringComparison.Ordinal))
            kind = BlockErrorKind.ScsiFailure;
        else if (msg.Contains("timing out command", StringComparison.Ordinal))
            kind = BlockErrorKind.Timeout;
        else
            return false;
        return true;
    }

    private static ReadOnlySpan<char> Token(ReadOnlySpan<char> s, char stop)
    {
        var end = s.IndexOfAny(stop, ' ');
        var token = end < 0 ? s : s[..end];
        return token.Length is > 0 and <= 32 ? token : default;
    }
}

namespace Analyzer.Transport.Unwrappers;

/// <summary>
/// journalctl <c>-o short-full</c>: <c>Mon 2024-12-02 10:00:01 UTC host app[42]: msg</c> (weekday, date, time with an
/// optional fraction, zone abbreviation). Weekday names are the C locale's, as journalctl prints them.
/// </summary>
internal sealed class JournalFullUnwrapper : IUnwrapper
{
    public static JournalFullUnwrapper Instance { get; } = new();

    private static readonly string[] Days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

    public string Name => "journald short-full";

    public bool TryUnwrap(ReadOnlySpan<char> line, Span<char> scratch, ref LineParts parts)
    {
        var s = line;
        if (s.Length < 25 || s[3] != ' ' || !IsDay(s[..3]) || !Scan.DigitsAt(s, 4, 4) || s[8] != '-' || !Scan.DigitsAt(s, 9, 2)
            || s[11] != '-' || !Scan.DigitsAt(s, 12, 2) || s[14] != ' ' || !Scan.Clock(s, 15))
            return false;
        var i = 23;
        if (i < s.Length && s[i] == '.')
            i += 1 + Scan.Digits(s, i + 1);
        if (i >= s.Length || s[i] != ' ')
            return false;
        i++;
        var zone = i;
        while (i < s.Length && s[i] != ' ') i++; // UTC, CET, +0100
        if (i == zone || i >= s.Length)
            return false;
        i++;
        var tag = SyslogTag.Match(s[i..], SyslogTag.HostRule.Optional, ref parts);
        if (tag == 0)
            return false;
        parts.Payload = s[(i + tag)..];
        return true;
    }

    private static bool IsDay(ReadOnlySpan<char> s)
    {
        foreach (var d in Days)
            if (s.SequenceEqual(d))
                return true;
        return false;
    }
}

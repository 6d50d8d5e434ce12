using System.Globalization;

namespace Analyzer.Text;

/// <summary>
/// The time a capture loop printed before a sample (`while sleep 5; do date; ps ...; done`, or `cat /proc/PID/stack`
/// in its place): what `date` prints in the C and English locales (`Thu Dec  3 11:53:53 UTC 2026`, with AM/PM, day
/// before month, `date -R`), ISO-8601 (`date -Is`, `--rfc-3339`, `-Ins`), `date +%s` seconds, each alone on its line
/// or between decoration (`=== … ===`, `#`). A line must be nothing but a time, so a process row is never taken for
/// one. Whole seconds only: samples are seconds apart, and a fraction would only make the intervals ugly.
/// </summary>
internal readonly record struct CaptureStamp(DateTime Wall, string Text)
{
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    private static readonly string[] Weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

    /// <summary>
    /// The time on this line, or null. <see cref="Wall"/> is UTC when the line names its zone as UTC or an offset,
    /// else the wall clock as printed (one file has one zone, so intervals between its samples are right either way);
    /// <see cref="Text"/> is ISO-8601, with `Z` when UTC is known and the zone's name when it is not.
    /// </summary>
    public static CaptureStamp? TryParse(ReadOnlySpan<char> line)
    {
        var text = line.Trim().Trim("=-#*[]<>| \t");
        // Cheap rejection first: this runs on every line that is not a header.
        if (text.Length < 9 || text.Length > 64) return null;
        if (char.IsAsciiDigit(text[0]) && text.IndexOfAnyExcept("0123456789.") < 0) return Epoch(text);
        if (!text.Contains(':')) return null;
        return char.IsAsciiDigit(text[0]) && text.Length > 4 && text[4] == '-' ? Iso(text) : Words(text);
    }

    /// <summary>`date +%s` (or `+%s.%N`): seconds since 1970 between 2001 and 2100, so a lone pid is never one.</summary>
    private static CaptureStamp? Epoch(ReadOnlySpan<char> text)
    {
        var dot = text.IndexOf('.');
        var whole = dot < 0 ? text : text[..dot];
        if (dot >= 0 && (dot == text.Length - 1 || text[(dot + 1)..].Contains('.'))) return null;
        if (whole.Length is < 10 or > 10 || !long.TryParse(whole, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)) return null;
        if (seconds is < 1_000_000_000 or > 4_102_444_800) return null;
        return Utc(DateTime.UnixEpoch.AddSeconds(seconds));
    }

    /// <summary>`2026-12-03T11:53:53+00:00`, `2026-12-03 11:53:53,123456789-05:00`, `2026-12-03 11:53:53 UTC`.</summary>
    private static CaptureStamp? Iso(ReadOnlySpan<char> text)
    {
        Span<char> padded = stackalloc char[text.Length + 1];
        text.CopyTo(padded);
        padded[^1] = ' ';
        if (TimestampPrefix.Iso8601(padded) == 0) return null;
        if (!Number(text[..4], out var year) || !Number(text[5..7], out var month) || !Number(text[8..10], out var day)
            || !Number(text[11..13], out var hour) || !Number(text[14..16], out var minute) || !Number(text[17..19], out var second)
            || !TryDate(year, month, day, hour, minute, second, out var wall))
            return null;
        var i = 19;
        if (i < text.Length && text[i] is '.' or ',')
            while (++i < text.Length && char.IsAsciiDigit(text[i])) { }
        // What may follow: Z, an offset, or a zone's name; nothing else.
        var rest = text[i..].TrimStart();
        if (rest.IsEmpty) return Local(wall, null);
        if (rest is "Z") return Utc(wall);
        if (rest[0] is '+' or '-') return Offset(rest) is { } offset ? Utc(wall - offset) : null;
        return rest.Length <= 5 && rest.IndexOfAnyExcept("ABCDEFGHIJKLMNOPQRSTUVWXYZ") < 0 ? Zone(wall, rest) : null;
    }

    /// <summary>
    /// `date`'s words, in any order its locales put them: weekday, month name, day, H:MM:SS, AM/PM, zone, year; every
    /// word must be one of those, and month, day, time and year must be there.
    /// </summary>
    private static CaptureStamp? Words(ReadOnlySpan<char> text)
    {
        Span<Range> ranges = stackalloc Range[9];
        var n = BlankFields.Split(text, ranges);
        if (n is < 4 or > 8) return null;
        int month = 0, day = 0, year = 0, hour = -1, minute = 0, second = 0;
        var pm = (bool?)null;
        TimeSpan? offset = null;
        var zone = ReadOnlySpan<char>.Empty;
        for (var t = 0; t < n; t++)
        {
            var word = text[ranges[t]].TrimEnd(',');
            if (word.IsEmpty) return null; // a lone comma: `, load average: ...` of a cut top line
            if (word.Length == 3 && MonthOf(word) is > 0 and var m && month == 0) month = m;
            else if (word.Length == 3 && t == 0 && Array.IndexOf(Weekdays, word.ToString()) >= 0) { }
            else if (word.Length is 1 or 2 && day == 0 && Number(word, out var d) && d is >= 1 and <= 31) day = d;
            else if (word.Length == 4 && year == 0 && Number(word, out var y) && y is >= 1970 and <= 2100) year = y;
            else if (hour < 0 && Clock(word, out var h, out var mi, out var s))
                (hour, minute, second) = (h, mi, s);
            else if (word is "AM" or "PM" && pm is null) pm = word is "PM";
            else if (word[0] is '+' or '-' && Offset(word) is { } o && offset is null) offset = o;
            else if (zone.IsEmpty && word.Length is >= 1 and <= 5 && word.IndexOfAnyExcept("ABCDEFGHIJKLMNOPQRSTUVWXYZ") < 0) zone = word;
            else return null;
        }
        if (month == 0 || day == 0 || year == 0 || hour < 0) return null;
        if (pm is { } afternoon)
        {
            if (hour is < 1 or > 12) return null;
            hour = hour % 12 + (afternoon ? 12 : 0);
        }
        if (!TryDate(year, month, day, hour, minute, second, out var wall)) return null;
        if (offset is { } off) return Utc(wall - off);
        return zone.IsEmpty ? Local(wall, null) : Zone(wall, zone);
    }

    private static CaptureStamp Zone(DateTime wall, ReadOnlySpan<char> zone) =>
        zone is "UTC" or "GMT" or "Z" or "UT" ? Utc(wall) : Local(wall, zone.ToString());

    private static CaptureStamp Utc(DateTime wall) => new(wall, wall.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));

    private static CaptureStamp Local(DateTime wall, string? zone) =>
        new(wall, wall.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + (zone is null ? "" : " " + zone));

    /// <summary>`+0100`, `-05:00`, `+01`.</summary>
    private static TimeSpan? Offset(ReadOnlySpan<char> word)
    {
        var digits = word[1..];
        int hours, minutes = 0;
        if (digits.Length == 2 && Number(digits, out hours)) { }
        else if (digits.Length == 4 && Number(digits[..2], out hours) && Number(digits[2..], out minutes)) { }
        else if (digits.Length == 5 && digits[2] == ':' && Number(digits[..2], out hours) && Number(digits[3..], out minutes)) { }
        else return null;
        if (hours > 14 || minutes > 59) return null;
        var span = new TimeSpan(hours, minutes, 0);
        return word[0] == '-' ? -span : span;
    }

    /// <summary>`11:53:53` or `1:53:53`.</summary>
    private static bool Clock(ReadOnlySpan<char> word, out int hour, out int minute, out int second)
    {
        hour = minute = second = 0;
        var c1 = word.IndexOf(':');
        if (c1 is < 1 or > 2 || word.Length != c1 + 6 || word[c1 + 3] != ':') return false;
        return Number(word[..c1], out hour) && Number(word.Slice(c1 + 1, 2), out minute) && Number(word[(c1 + 4)..], out second)
               && hour < 24 && minute < 60 && second < 61;
    }

    private static int MonthOf(ReadOnlySpan<char> word)
    {
        for (var m = 0; m < Months.Length; m++)
            if (word.SequenceEqual(Months[m]))
                return m + 1;
        return 0;
    }

    private static bool TryDate(int year, int month, int day, int hour, int minute, int second, out DateTime wall)
    {
        wall = default;
        // The years `date` prints on a running host, as for the worded form: `0000-01-01T00:00:00` is no capture time
        // (and DaysInMonth throws outside 1..9999).
        if (year is < 1970 or > 2100) return false;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59) return false;
        // A leap second (:60) is the next minute's :00, as far as intervals between samples go.
        wall = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified).AddSeconds(second);
        return true;
    }

    private static bool Number(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        if (digits.IsEmpty || digits.IndexOfAnyExcept("0123456789") >= 0) return false;
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}

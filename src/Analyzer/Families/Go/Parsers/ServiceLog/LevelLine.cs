namespace Analyzer.Families.Go.Parsers.ServiceLog;

/// <summary>
/// Finds the level and the message of one service-log line in the layouts Go services (and their neighbours) print:
/// <list type="bullet">
/// <item>json — `{"level":"error","ts":…,"msg":"…"}` (zap, logrus, slog; `severity`, `lvl` too);</item>
/// <item>logfmt — `time=… level=error msg="…"` (logrus text, slog text, log15 `lvl=eror`);</item>
/// <item>klog — `E1203 05:10:01.123456    2211 file.go:42] msg` (Kubernetes, glog);</item>
/// <item>console — `2026-12-03T05:10:01.123Z\tERROR\tlogger\tcaller\tmsg` (zap's development/console encoder, IPFS);</item>
/// <item>plain — a level word in capitals or brackets right after the time: `2026-12-03 05:10:01 ERROR juju.worker …`,
/// `[2026/12/03 05:10:01] [WARN] …`. Lower-case words after a time are left alone: kernel lines say "error" in prose.</item>
/// </list>
/// </summary>
internal static class LevelLine
{
    public static bool TryRead(ReadOnlySpan<char> line, out string layout, out LogLevel level, out ReadOnlySpan<char> message)
    {
        layout = "";
        level = LogLevel.None;
        message = default;
        var text = line.Trim();
        if (text.IsEmpty)
            return false;
        if (text[0] == '{')
            return Json(text, out layout, out level, out message);
        // In order: klog's and logfmt's marks are exact; console and plain only look at where the level word stands.
        if (Klog(text, out level, out message)) layout = "klog";
        else if (Logfmt(text, out level, out message)) layout = "logfmt";
        else if (Console(text, out level, out message)) layout = "console";
        else if (Plain(text, out level, out message)) layout = "plain";
        return layout.Length > 0;
    }

    private static bool Json(ReadOnlySpan<char> text, out string layout, out LogLevel level, out ReadOnlySpan<char> message)
    {
        layout = "json";
        level = LogLevel.None;
        message = text;
        foreach (var key in (ReadOnlySpan<string>)["\"level\"", "\"severity\"", "\"lvl\""])
        {
            if (JsonString(text, key) is { IsEmpty: false } value)
            {
                level = LogLevelWord.Parse(value);
                break;
            }
        }
        if (level == LogLevel.None)
            return false;
        var msg = JsonString(text, "\"msg\"");
        if (msg.IsEmpty) msg = JsonString(text, "\"message\"");
        if (!msg.IsEmpty) message = msg;
        return true;
    }

    /// <summary>The raw text of a string member (escapes left as written), or empty.</summary>
    private static ReadOnlySpan<char> JsonString(ReadOnlySpan<char> text, string key)
    {
        var at = text.IndexOf(key, StringComparison.Ordinal);
        if (at < 0) return default;
        var rest = text[(at + key.Length)..].TrimStart();
        if (rest.IsEmpty || rest[0] != ':') return default;
        rest = rest[1..].TrimStart();
        if (rest.IsEmpty || rest[0] != '"') return default;
        rest = rest[1..];
        for (var i = 0; i < rest.Length; i++)
        {
            if (rest[i] == '\\') { i++; continue; }
            if (rest[i] == '"') return rest[..i];
        }
        return default;
    }

    private static bool Logfmt(ReadOnlySpan<char> text, out LogLevel level, out ReadOnlySpan<char> message)
    {
        level = LogLevel.None;
        message = text;
        foreach (var key in (ReadOnlySpan<string>)["level=", "lvl=", "severity="])
        {
            var at = KeyAt(text, key);
            if (at < 0) continue;
            level = LogLevelWord.Parse(Value(text[(at + key.Length)..]));
            break;
        }
        if (level == LogLevel.None)
            return false;
        var msg = KeyAt(text, "msg=");
        if (msg >= 0) message = Value(text[(msg + 4)..]);
        return true;
    }

    /// <summary>A key at the start of the line or after a space (so `xlevel=` is not `level=`).</summary>
    private static int KeyAt(ReadOnlySpan<char> text, string key)
    {
        for (var from = 0; from < text.Length;)
        {
            var i = text[from..].IndexOf(key, StringComparison.Ordinal);
            if (i < 0) return -1;
            i += from;
            if (i == 0 || text[i - 1] == ' ') return i;
            from = i + 1;
        }
        return -1;
    }

    /// <summary>A logfmt value: a quoted string (escapes skipped over) or up to the next space.</summary>
    private static ReadOnlySpan<char> Value(ReadOnlySpan<char> rest)
    {
        if (rest.IsEmpty) return rest;
        if (rest[0] != '"')
        {
            var space = rest.IndexOf(' ');
            return space < 0 ? rest : rest[..space];
        }
        for (var i = 1; i < rest.Length; i++)
        {
            if (rest[i] == '\\') { i++; continue; }
            if (rest[i] == '"') return rest[1..i];
        }
        return rest[1..];
    }

    /// <summary>`E1203 05:10:01.123456    2211 file.go:42] msg`: the level letter, month and day, the time, a thread id, `file:line]`.</summary>
    private static bool Klog(ReadOnlySpan<char> text, out LogLevel level, out ReadOnlySpan<char> message)
    {
        level = LogLevel.None;
        message = default;
        if (text.Length < 22 || text[5] != ' ' || text[8] != ':' || text[11] != ':' || text[14] != '.')
            return false;
        if (!char.IsAsciiDigit(text[1]) || !char.IsAsciiDigit(text[4]) || !char.IsAsciiDigit(text[6]))
            return false;
        var close = text.IndexOf("] ", StringComparison.Ordinal);
        if (close < 15) return false;
        level = text[0] switch { 'I' => LogLevel.Info, 'W' => LogLevel.Warning, 'E' => LogLevel.Error, 'F' => LogLevel.Fatal, _ => LogLevel.None };
        message = text[(close + 2)..];
        return level != LogLevel.None;
    }

    /// <summary>Tab-separated, a time first and the level second.</summary>
    private static bool Console(ReadOnlySpan<char> text, out LogLevel level, out ReadOnlySpan<char> message)
    {
        level = LogLevel.None;
        message = default;
        var tab = text.IndexOf('\t');
        if (tab <= 0 || !HasDigit(text[..tab])) return false;
        var rest = text[(tab + 1)..];
        var next = rest.IndexOf('\t');
        level = LogLevelWord.Parse(next < 0 ? rest : rest[..next]);
        if (level == LogLevel.None) return false;
        message = next < 0 ? default : rest[(next + 1)..];
        // logger and caller come before the message when printed: skip those that look like them (`bitswap`, `x/y.go:3`).
        for (var skip = 0; skip < 2; skip++)
        {
            var t = message.IndexOf('\t');
            if (t < 0) break;
            var field = message[..t];
            if (field.Contains(' ')) break;
            message = message[(t + 1)..];
        }
        // The structured fields follow the message after one more tab (`{"peer": …}`): they vary, the message does not.
        var fields = message.IndexOf('\t');
        if (fields > 0) message = message[..fields];
        return true;
    }

    /// <summary>A capitalised or bracketed level word among the first four tokens, after tokens that all hold digits (the time).</summary>
    private static bool Plain(ReadOnlySpan<char> text, out LogLevel level, out ReadOnlySpan<char> message)
    {
        level = LogLevel.None;
        message = default;
        var rest = text;
        for (var token = 0; token < 4 && !rest.IsEmpty; token++)
        {
            var space = rest.IndexOf(' ');
            var word = space < 0 ? rest : rest[..space];
            var after = space < 0 ? default : rest[(space + 1)..].TrimStart();
            if (token > 0 && (Capitals(word) || Bracketed(word)) && LogLevelWord.Parse(word) is var l && l != LogLevel.None)
            {
                level = l;
                message = after;
                return true;
            }
            if (!HasDigit(word))
                return false;
            rest = after;
        }
        return false;
    }

    private static bool Capitals(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word.Trim(":"))
        {
            if (!char.IsAsciiLetterUpper(c)) return false;
            letters++;
        }
        return letters >= 3;
    }

    /// <summary>
    /// `[WARN]`. Angle brackets (`&lt;INFO&gt;:`) are JuiceFS's own head, read by its parser: claiming them here would take a
    /// JuiceFS log whenever a wrapper (line numbers) keeps that parser from seeing its head as written.
    /// </summary>
    private static bool Bracketed(ReadOnlySpan<char> word) =>
        word.Length > 2 && word[0] == '[' && word.TrimEnd(':')[^1] == ']';

    private static bool HasDigit(ReadOnlySpan<char> s) => s.IndexOfAnyInRange('0', '9') >= 0;
}

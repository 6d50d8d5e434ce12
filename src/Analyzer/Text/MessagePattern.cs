namespace Analyzer.Text;

/// <summary>
/// Turns a message into the pattern that repeats of it share: numbers and hex ids become `#`, paths `{path}`,
/// URLs `scheme://{addr}`. `GET chunks/0/1/1063_0_4194304 (req_id: "x1", err: timeout) 1.2s` and its next
/// occurrence both read `GET {path} (req_id: "x#", err: timeout) #.#s`. Written into a caller's buffer; no allocation.
/// </summary>
internal static class MessagePattern
{
    public const int MaxChars = 200;

    public static ReadOnlySpan<char> Normalize(ReadOnlySpan<char> message, Span<char> output)
    {
        var n = 0;
        var first = true;
        foreach (var range in message.Split(' '))
        {
            var token = message[range];
            if (token.IsEmpty)
                continue;
            if (!first && !Put(output, ref n, ' '))
                break;
            first = false;
            var scheme = token.IndexOf("://");
            if (scheme > 0)
            {
                var end = token.LastIndexOfAnyExcept("\"'):,`]");
                if (!Put(output, ref n, token[..(scheme + 3)]) || !Put(output, ref n, "{addr}") || !Put(output, ref n, token[(end + 1)..]))
                    break;
                continue;
            }
            if (IsPath(token))
            {
                // Keep quoting/punctuation around the path: `"/a/b":` → `"{path}":`.
                var lead = token.IndexOfAnyExcept("\"'(`[");
                var trail = token.LastIndexOfAnyExcept("\"'):,`]");
                if (!Put(output, ref n, token[..Math.Max(0, lead)]) || !Put(output, ref n, "{path}") || !Put(output, ref n, token[(trail + 1)..]))
                    break;
                continue;
            }
            if (!Numbers(token, output, ref n))
                break;
        }
        return output[..n];
    }

    /// <summary>A path: starts with `/`, or holds a `/` next to a digit or two `/` (not `input/output`).</summary>
    private static bool IsPath(ReadOnlySpan<char> token)
    {
        var slash = token.IndexOf('/');
        if (slash < 0 || token.Length < 2) return false;
        var bare = token.TrimStart("\"'(`[");
        return bare.StartsWith('/') || token.Count('/') >= 2 || token.ContainsAnyInRange('0', '9');
    }

    /// <summary>Copies a token, each alphanumeric run that is a number or a hex id (holding a digit) as `#`.</summary>
    private static bool Numbers(ReadOnlySpan<char> token, Span<char> output, ref int n)
    {
        var i = 0;
        while (i < token.Length)
        {
            if (!char.IsAsciiLetterOrDigit(token[i]))
            {
                if (!Put(output, ref n, token[i])) return false;
                i++;
                continue;
            }
            var j = i;
            while (j < token.Length && char.IsAsciiLetterOrDigit(token[j])) j++;
            var run = token[i..j];
            var hex = run.StartsWith("0x") || run.StartsWith("0X") ? run[2..] : run;
            var hasDigit = run.ContainsAnyInRange('0', '9');
            var ok = hasDigit && IsHex(hex) ? Put(output, ref n, '#')
                : hasDigit && IsNumberWithUnit(run) ? Put(output, ref n, '#') && Put(output, ref n, run[run.IndexOfAnyExceptInRange('0', '9')..])
                : Put(output, ref n, run);
            if (!ok) return false;
            i = j;
        }
        return true;
    }

    private static bool IsHex(ReadOnlySpan<char> s) => !s.IsEmpty && !s.ContainsAnyExcept("0123456789abcdefABCDEF");

    /// <summary>`30s`, `4194304B`, `12ms`: digits then a short unit.</summary>
    private static bool IsNumberWithUnit(ReadOnlySpan<char> s)
    {
        var digits = s.IndexOfAnyExceptInRange('0', '9');
        return digits > 0 && s.Length - digits <= 3;
    }

    private static bool Put(Span<char> output, ref int n, char c)
    {
        if (n >= output.Length) return false;
        output[n++] = c;
        return true;
    }

    private static bool Put(Span<char> output, ref int n, ReadOnlySpan<char> s)
    {
        var take = Math.Min(s.Length, output.Length - n);
        s[..take].CopyTo(output[n..]);
        n += take;
        return take == s.Length;
    }
}

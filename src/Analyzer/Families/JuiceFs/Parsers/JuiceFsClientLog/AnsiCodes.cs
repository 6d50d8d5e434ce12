namespace Analyzer.Families.JuiceFs.Parsers.JuiceFsClientLog;

/// <summary>Removes SGR colour codes (`ESC[1;31m`) that a log captured from a terminal carries around the level.</summary>
internal static class AnsiCodes
{
    /// <summary>The line without `ESC[...m` sequences, written into <paramref name="scratch"/> when it had any.</summary>
    public static ReadOnlySpan<char> Strip(ReadOnlySpan<char> line, char[] scratch)
    {
        if (!line.Contains('\u001b'))
            return line;
        var n = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\u001b' && i + 1 < line.Length && line[i + 1] == '[')
            {
                var j = i + 2;
                while (j < line.Length && (char.IsAsciiDigit(line[j]) || line[j] == ';'))
                    j++;
                if (j < line.Length && char.IsAsciiLetter(line[j]))
                {
                    i = j;
                    continue;
                }
            }
            if (n < scratch.Length)
                scratch[n++] = line[i];
        }
        return scratch.AsSpan(0, n);
    }
}

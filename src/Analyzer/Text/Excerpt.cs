namespace Analyzer.Text;

/// <summary>The quoted line of a fact's provenance: trimmed, blanks collapsed, at most <see cref="MaxLength"/> chars.</summary>
internal static class Excerpt
{
    public const int MaxLength = 200;

    public static string Of(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        var buffer = new System.Text.StringBuilder(Math.Min(line.Length, MaxLength + 1));
        var blank = false;
        foreach (var c in line)
        {
            if (BlankFields.IsBlank(c))
            {
                blank = true;
                continue;
            }
            if (blank) buffer.Append(' ');
            blank = false;
            buffer.Append(c);
            if (buffer.Length >= MaxLength)
            {
                buffer.Append('…');
                break;
            }
        }
        return buffer.ToString();
    }
}

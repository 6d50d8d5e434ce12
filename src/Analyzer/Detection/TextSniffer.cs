using System.Text;

namespace Analyzer.Detection;

/// <summary>Cheap checks on the head of an entry: is it text, and what are its first lines.</summary>
internal static class TextSniffer
{
    public static bool LooksBinary(ReadOnlySpan<byte> head)
    {
        if (head.IsEmpty) return false;
        var sample = head[..Math.Min(head.Length, 8192)];
        if (sample.IndexOf((byte)0) >= 0) return true;
        var control = 0;
        foreach (var b in sample)
            if (b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or 0x1b or 0x0c))
                control++;
        return control * 10 > sample.Length;
    }

    public static IReadOnlyList<string> Lines(ReadOnlySpan<byte> head, bool complete)
    {
        var text = Encoding.UTF8.GetString(head);
        var lines = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var nl = text.IndexOf('\n', start);
            if (nl < 0)
            {
                if (complete) lines.Add(text[start..].TrimEnd('\r'));
                break;
            }
            lines.Add(text[start..nl].TrimEnd('\r'));
            start = nl + 1;
        }
        return lines;
    }
}

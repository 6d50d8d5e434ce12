namespace Analyzer.Detection;

/// <summary>
/// What detectors may look at before an entry is parsed: its path and the first bytes of its content
/// (up to <see cref="HeadSize"/>), decoded leniently as UTF-8 text lines.
/// </summary>
public sealed class EntryProbe
{
    public const int HeadSize = 64 * 1024;

    public EntryProbe(string path, ReadOnlyMemory<byte> head, bool complete)
    {
        Path = path;
        Head = head;
        IsComplete = complete;
        var slash = path.LastIndexOf('/');
        FileName = slash >= 0 ? path[(slash + 1)..] : path;
        HostPath = SosLayout.HostPath(path);
        IsBinary = TextSniffer.LooksBinary(head.Span);
        HeadLines = IsBinary ? [] : TextSniffer.Lines(head.Span, complete);
    }

    /// <summary>A probe of the path alone, before any byte is read (to rank entries by name).</summary>
    public static EntryProbe NameOnly(string path) => new(path, ReadOnlyMemory<byte>.Empty, complete: false);

    public string Path { get; }

    /// <summary>
    /// What the transport layer learned the content is called when the path does not say it: the command of a shell
    /// prompt above pasted output (<c>iostat -x 1</c>) or the file of a <c>==&gt; f &lt;==</c> section. Null for
    /// ordinary entries.
    /// </summary>
    public string? NameHint { get; init; }
    public string FileName { get; }

    /// <summary>The path below a sosreport's top folder (<see cref="SosLayout"/>); the path itself elsewhere.</summary>
    public string HostPath { get; }
    public ReadOnlyMemory<byte> Head { get; }

    /// <summary>True when <see cref="Head"/> holds the whole entry.</summary>
    public bool IsComplete { get; }

    /// <summary>NUL bytes or mostly control characters in the head.</summary>
    public bool IsBinary { get; }

    /// <summary>Complete lines of the head (a last partial line is dropped unless the head is the whole entry).</summary>
    public IReadOnlyList<string> HeadLines { get; }
}

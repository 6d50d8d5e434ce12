namespace Analyzer.Pipeline;

/// <summary>
/// An entry or a virtual entry (a section of a multi-file paste) about to be detected: the name its inventory record
/// gets, the path its facts cite, the head already read, the rest of the stream, and how many empty lines go in front
/// so that line N of what a parser reads is line N of the real file.
/// </summary>
internal sealed class TextSource(string recordPath, string factPath, byte[] head, bool complete, Stream rest, int padLines, string? nameHint)
{
    private readonly List<string> _notes = [];

    public string RecordPath { get; } = recordPath;
    public string FactPath { get; } = factPath;
    public ReadOnlyMemory<byte> Head { get; } = head;
    public bool Complete { get; } = complete;
    public int PadLines { get; } = padLines;
    public string? NameHint { get; } = nameHint;

    /// <summary>
    /// The same content read again from its first byte by another reader (<see cref="Bundles.BundleEntry.OpenAgain"/>):
    /// only an entry as it is has it, never a section, a cleaned or a padded view of one.
    /// </summary>
    public Func<Stream>? OpenAgain { get; init; }

    /// <summary>What the transport layer did to this source, for its inventory record.</summary>
    public IReadOnlyList<string> Notes => _notes;

    public void Note(string note) => _notes.Add(note);

    /// <summary>The whole content from its first byte, padded with the empty lines of what came before it.</summary>
    public Stream Open()
    {
        if (PadLines == 0)
            return new PrefixedStream(Head, rest);
        var padded = new byte[PadLines + Head.Length];
        padded.AsSpan(0, PadLines).Fill((byte)'\n');
        Head.Span.CopyTo(padded.AsSpan(PadLines));
        return new PrefixedStream(padded, rest);
    }

    /// <summary>The same source with lone CR line ends (classic Mac, some serial consoles) read as line feeds.</summary>
    public TextSource WithCrLineEnds()
    {
        var lf = Head.ToArray();
        lf.AsSpan().Replace((byte)'\r', (byte)'\n');
        var source = new TextSource(RecordPath, FactPath, lf, Complete, new Transport.CrLineEnds(rest), PadLines, NameHint);
        source._notes.AddRange(_notes);
        source.Note("transport: CR line ends");
        return source;
    }
}

using System.Text;
using Analyzer.Text;

namespace Analyzer.Transport;

/// <summary>
/// Reads a multi-file paste (head/tail <c>==&gt; f &lt;==</c> sections, shell prompts with their output) once, forward
/// only, and hands out one <see cref="SectionStream"/> per section in turn. Marker lines are read here and never
/// reach a section, so each section's stream holds only its own lines.
/// </summary>
internal sealed class SectionSource : IDisposable
{
    private readonly LineReader _reader;
    private bool _eof;

    public SectionSource(Stream source) => _reader = new LineReader(source);

    /// <summary>The marker that ended the last section (the next one's header), if any.</summary>
    internal (string Name, string? Command, int Line)? Pending { get; private set; }

    /// <summary>
    /// Moves to the next section: skips to its marker (draining what the previous section's parser left unread)
    /// and returns its stream, or false at the end of the entry.
    /// </summary>
    public bool TryNext(out SectionStream section)
    {
        section = null!;
        while (Pending is null)
        {
            if (_eof)
                return false;
            ReadLine(out _);
        }
        var (name, command, line) = Pending.Value;
        Pending = null;
        section = new SectionStream(this, name, command, line + 1);
        return true;
    }

    /// <summary>The next content line of the current section, false at the next marker or the end.</summary>
    /// <summary>The line last read was the entry's last and had no newline.</summary>
    internal bool LineUnterminated => _reader.LineUnterminated;

    internal bool ReadLine(out ReadOnlySpan<char> line)
    {
        if (Pending is not null || _eof || !_reader.TryReadLine(out line))
        {
            _eof |= Pending is null;
            line = default;
            return false;
        }
        if (SectionMarker.TryParse(line, out var name, out var command))
        {
            Pending = (name, command, _reader.LineNumber);
            line = default;
            return false;
        }
        return true;
    }

    public void Dispose() => _reader.Dispose();
}

using Analyzer.Detection;
using Analyzer.Parsing;
using Analyzer.Rules.Facts;

namespace Analyzer.Pipeline.Embedded;

/// <summary>
/// One scanner reading an entry on its own thread from a <see cref="ChunkPipe"/> while the primary parser reads the
/// same bytes. Its facts are kept apart and handed over after the join, so they follow the primary's facts in a fixed
/// order. A scanner that throws only loses its own facts; the pipe is released so the primary never waits on it.
/// </summary>
internal sealed class EmbeddedScan
{
    private readonly Thread _thread;
    private readonly List<IFact> _facts = [];
    private readonly ParseContext _context;
    private readonly Stream _input;

    /// <param name="unwrap">
    /// Wrappers to remove from what comes through the pipe before the scanner reads it (on the scanner's thread), for
    /// a primary that reads the wrapped text as written while the scanner could not: a Go panic at the end of a JuiceFS
    /// log shipped by CRI. Line N stays line N.
    /// </param>
    public EmbeddedScan(IFormatParser scanner, string path, Transport.WrapperStack? unwrap = null)
    {
        Scanner = scanner;
        _input = unwrap is null ? new PipeReaderStream(Pipe) : new Transport.CleanedStream(new PipeReaderStream(Pipe), unwrap);
        _context = new ParseContext(path, _input, _facts.Add);
        _thread = new Thread(Run) { IsBackground = true, Name = $"scan {scanner.Format}" };
    }

    public IFormatParser Scanner { get; }
    public ChunkPipe Pipe { get; } = new();
    public IReadOnlyList<IFact> Facts => _facts;
    public IReadOnlyList<string> Problems => _context.Problems;
    public Exception? Failure { get; private set; }

    /// <summary>The worst status the parser reported (read after <see cref="Join"/>).</summary>
    public Inventory.InputStatus Status => _context.Status;

    public void Start() => _thread.Start();

    /// <summary>Waits for the scanner after the writer completed the pipe, then frees the pipe's chunks.</summary>
    public void Join()
    {
        _thread.Join();
        Pipe.Dispose();
    }

    private void Run()
    {
        try
        {
            Scanner.Parse(_context);
        }
        catch (Exception e)
        {
            // Includes OutOfMemoryException: on this thread nobody else would see it, and the primary must go on.
            Failure = e;
        }
        finally
        {
            Pipe.ReaderDone();
            _input.Dispose();
        }
    }
}

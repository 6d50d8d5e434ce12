using Analyzer.Detection;
using Analyzer.Parsing;
using Analyzer.Rules.Facts;

namespace Analyzer.Pipeline.Embedded;

/// <summary>
/// One scanner reading an entry on its own thread while the primary parser reads the same bytes: from a
/// <see cref="ChunkPipe"/> the primary's tee fills, or from its own reading of a file on disk. Its facts are kept apart
/// and handed over after the join, so they follow the primary's facts in a fixed order. A scanner that throws only
/// loses its own facts; its pipe is released so the primary never waits on it.
/// </summary>
internal sealed class EmbeddedScan
{
    private readonly Thread _thread;
    private readonly List<IFact> _facts = [];
    private readonly ParseContext _context;
    private readonly Stream _input;

    private EmbeddedScan(IFormatParser scanner, string path, ChunkPipe? pipe, Stream input)
    {
        Scanner = scanner;
        Pipe = pipe;
        _input = input;
        _context = new ParseContext(path, _input, _facts.Add);
        _thread = new Thread(Run) { IsBackground = true, Name = $"scan {scanner.Format}" };
    }

    /// <param name="unwrap">
    /// Wrappers to remove from what comes through the pipe before the scanner reads it (on the scanner's thread), for
    /// a primary that reads the wrapped text as written while the scanner could not: a Go panic at the end of a JuiceFS
    /// log shipped by CRI. Line N stays line N.
    /// </param>
    public static EmbeddedScan ThroughPipe(IFormatParser scanner, string path, Transport.WrapperStack? unwrap = null)
    {
        var pipe = new ChunkPipe();
        var reader = new PipeReaderStream(pipe);
        return new EmbeddedScan(scanner, path, pipe, unwrap is null ? reader : new Transport.CleanedStream(reader, unwrap));
    }

    /// <param name="open">The entry from its first byte (<see cref="Bundles.BundleEntry.OpenAgain"/>).</param>
    public static EmbeddedScan OnItsOwn(IFormatParser scanner, string path, Func<Stream> open) => new(scanner, path, null, open());

    public IFormatParser Scanner { get; }

    /// <summary>The pipe the primary's tee writes to; null for a scanner that reads the entry on its own.</summary>
    public ChunkPipe? Pipe { get; }

    public IReadOnlyList<IFact> Facts => _facts;
    public IReadOnlyList<string> Problems => _context.Problems;
    public Exception? Failure { get; private set; }

    /// <summary>The worst status the parser reported (read after <see cref="Join"/>).</summary>
    public Inventory.InputStatus Status => _context.Status;

    public void Start() => _thread.Start();

    /// <summary>Waits for the scanner (after the writer completed its pipe), then frees the pipe's chunks.</summary>
    public void Join()
    {
        _thread.Join();
        Pipe?.Dispose();
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
            Pipe?.ReaderDone();
            _input.Dispose();
        }
    }
}

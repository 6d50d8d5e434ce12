using Analyzer.Detection;

namespace Analyzer.Pipeline.Embedded;

/// <summary>
/// One pass over an entry for its primary parser and the scanners at once, each scanner on its own thread. A file on
/// disk is read by every scanner on its own (<see cref="ReadingAgain"/>): nothing passes between the threads and none
/// waits for another. A forward-only entry is read once (<see cref="Teed"/>): the primary reads <see cref="Content"/>,
/// a tee that feeds every scanner's bounded pipe, and <see cref="Finish"/> reads on to the end for the scanners when
/// the primary stopped early. Either way <see cref="Finish"/> waits for the scanners.
/// </summary>
internal sealed class EmbeddedScanSession
{
    private readonly TeeStream? _tee;

    private EmbeddedScanSession(Stream content, TeeStream? tee, IReadOnlyList<EmbeddedScan> scans)
    {
        Content = content;
        _tee = tee;
        Scans = scans;
        foreach (var scan in Scans)
            scan.Start();
    }

    /// <param name="unwrap">Wrappers the scanners have removed from their copy (the primary reads the entry as written).</param>
    public static EmbeddedScanSession Teed(string path, Stream entry, IEnumerable<IFormatParser> scanners, Transport.WrapperStack? unwrap = null)
    {
        var scans = scanners.Select(s => EmbeddedScan.ThroughPipe(s, path, unwrap)).ToList();
        var tee = new TeeStream(entry, scans.Select(s => s.Pipe!).ToList());
        return new EmbeddedScanSession(tee, tee, scans);
    }

    /// <param name="openAgain">The entry from its first byte, once per scanner.</param>
    public static EmbeddedScanSession ReadingAgain(string path, Stream entry, Func<Stream> openAgain, IEnumerable<IFormatParser> scanners) =>
        new(entry, null, scanners.Select(s => EmbeddedScan.OnItsOwn(s, path, openAgain)).ToList());

    /// <summary>What the primary reads.</summary>
    public Stream Content { get; }

    public IReadOnlyList<EmbeddedScan> Scans { get; }

    /// <summary>Set when the rest of the entry could not be read for the scanners (a damaged archive).</summary>
    public string? DrainProblem { get; private set; }

    /// <summary>Must run whatever the primary did (returned, threw), or the scanner threads would wait forever.</summary>
    public void Finish()
    {
        try
        {
            _tee?.DrainToEnd();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            DrainProblem = $"the rest of the entry could not be read for the embedded-text scan: {e.GetType().Name}: {e.Message}";
        }
        finally
        {
            foreach (var scan in Scans)
                scan.Pipe?.CompleteWriting();
            foreach (var scan in Scans)
                scan.Join();
        }
    }
}

using Analyzer.Detection;

namespace Analyzer.Pipeline.Embedded;

/// <summary>
/// One pass over an entry for its primary parser and the scanners at once: the primary reads <see cref="Content"/>,
/// a tee that feeds every scanner's bounded pipe. <see cref="Finish"/> reads on to the end for the scanners when the
/// primary stopped early, then waits for them.
/// </summary>
internal sealed class EmbeddedScanSession
{
    private readonly TeeStream _tee;

    /// <param name="unwrap">Wrappers the scanners have removed from their copy (the primary reads the entry as written).</param>
    public EmbeddedScanSession(string path, Stream entry, IEnumerable<IFormatParser> scanners, Transport.WrapperStack? unwrap = null)
    {
        Scans = scanners.Select(s => new EmbeddedScan(s, path, unwrap)).ToList();
        _tee = new TeeStream(entry, Scans.Select(s => s.Pipe).ToList());
        foreach (var scan in Scans)
            scan.Start();
    }

    public Stream Content => _tee;
    public IReadOnlyList<EmbeddedScan> Scans { get; }

    /// <summary>Set when the rest of the entry could not be read for the scanners (a damaged archive).</summary>
    public string? DrainProblem { get; private set; }

    /// <summary>Must run whatever the primary did (returned, threw), or the scanner threads would wait forever.</summary>
    public void Finish()
    {
        try
        {
            _tee.DrainToEnd();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            DrainProblem = $"the rest of the entry could not be read for the embedded-text scan: {e.GetType().Name}: {e.Message}";
        }
        finally
        {
            foreach (var scan in Scans)
                scan.Pipe.CompleteWriting();
            foreach (var scan in Scans)
                scan.Join();
        }
    }
}

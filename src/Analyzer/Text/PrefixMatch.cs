namespace Analyzer.Text;

/// <summary>How a line relates to the transport prefix learned for the current block of lines.</summary>
internal enum PrefixMatch
{
    /// <summary>The line carries the learned prefix (or none was learned); the payload is what follows it.</summary>
    Stripped,
    /// <summary>Same prefix shape, but another program's tag (an interleaved journal line): ignore the line.</summary>
    OtherSource,
    /// <summary>
    /// Same host and program, another pid: the program was restarted. Not a line of the current block, but its
    /// payload (what follows the tag) may start the next one.
    /// </summary>
    Restarted,
    /// <summary>The learned prefix is absent; the payload is the whole line.</summary>
    Missing,
}

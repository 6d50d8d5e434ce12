namespace Analyzer.Families.JuiceFs.Parsers.JuiceFsAccessLog;

/// <summary>Which grammar a record's tail follows (formats.md §7.2).</summary>
internal enum AccessVariant
{
    /// <summary>v1.2+: `OP (ARGS)[: RESULT][ [fh:N]] - STATUS &lt;lat&gt;`.</summary>
    Current,
    /// <summary>v1.0-1.1: `OP (ARGS): STATUS[ RESULT] &lt;lat&gt;`.</summary>
    Legacy,
    /// <summary>Hadoop Java SDK: capitalised ops and paths, `Pread (...): (16384,OK) &lt;lat&gt;`.</summary>
    HadoopSdk,
}

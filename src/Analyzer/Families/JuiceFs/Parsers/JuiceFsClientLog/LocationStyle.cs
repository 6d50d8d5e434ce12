namespace Analyzer.Families.JuiceFs.Parsers.JuiceFsClientLog;

/// <summary>The source location a message ends with: the client version's fingerprint.</summary>
internal enum LocationStyle
{
    /// <summary>No location (older clients).</summary>
    None,
    /// <summary>`[file.go:LINE]` (v1.0-1.2).</summary>
    File,
    /// <summary>`[Method@file.go:LINE]` (v1.3+).</summary>
    Method,
}

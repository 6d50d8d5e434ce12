namespace Analyzer.Bundles;

/// <summary>The type of a file system object as lstat reports it; .NET's FileSystemInfo cannot tell fifos or devices apart from files.</summary>
internal enum UnixFileKind
{
    /// <summary>The type could not be determined (not Linux, or lstat failed).</summary>
    Unknown,
    RegularFile,
    Directory,
    SymbolicLink,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
}

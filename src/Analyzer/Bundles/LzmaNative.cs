using System.Runtime.InteropServices;

namespace Analyzer.Bundles;

/// <summary>
/// The three liblzma calls the xz decoder needs. The system library is used instead of a package because every
/// Debian-based image ships it (xz-utils depends on it).
/// </summary>
internal static class LzmaNative
{
    public const string LibraryName = "liblzma.so.5";

    /// <summary>Decode concatenated .xz streams as one, like <c>xz -d</c> does.</summary>
    public const uint Concatenated = 0x08;

    public const int ActionRun = 0;
    public const int ActionFinish = 3;

    // DllImport rather than LibraryImport: the generated marshalling needs unsafe blocks, which this project keeps off.
    // Every parameter is blittable, so the call passes the struct by reference without copying.
#pragma warning disable SYSLIB1054
    [DllImport(LibraryName, EntryPoint = "lzma_stream_decoder", ExactSpelling = true)]
    public static extern LzmaReturn StreamDecoder(ref LzmaStream stream, ulong memoryLimit, uint flags);

    [DllImport(LibraryName, EntryPoint = "lzma_code", ExactSpelling = true)]
    public static extern LzmaReturn Code(ref LzmaStream stream, int action);

    [DllImport(LibraryName, EntryPoint = "lzma_end", ExactSpelling = true)]
    public static extern void End(ref LzmaStream stream);
#pragma warning restore SYSLIB1054
}

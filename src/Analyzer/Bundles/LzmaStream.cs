using System.Runtime.InteropServices;

namespace Analyzer.Bundles;

/// <summary>
/// Mirror of liblzma's <c>lzma_stream</c> (lzma/base.h) for 64-bit Linux: pointers and size_t are 8 bytes,
/// the two trailing enums 4 bytes. Field order and types must match the C struct exactly.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal struct LzmaStream
{
    public IntPtr NextIn;
    public nuint AvailIn;
    public ulong TotalIn;
    public IntPtr NextOut;
    public nuint AvailOut;
    public ulong TotalOut;
    public IntPtr Allocator;
    public IntPtr Internal;
    public IntPtr ReservedPtr1;
    public IntPtr ReservedPtr2;
    public IntPtr ReservedPtr3;
    public IntPtr ReservedPtr4;
    public ulong SeekPos;
    public ulong ReservedInt2;
    public nuint ReservedInt3;
    public nuint ReservedInt4;
    public int ReservedEnum1;
    public int ReservedEnum2;
}

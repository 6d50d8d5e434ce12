using System.Runtime.InteropServices;

namespace Analyzer.Tests.Bundles;

/// <summary>Compresses test archives to .xz through the same system liblzma the reader decodes with.</summary>
internal static class XzEncoder
{
    private const int CheckCrc64 = 4;

    public static byte[] Compress(byte[] data)
    {
        var output = new byte[data.Length + (data.Length / 2) + 4096];
        nuint written = 0;
        var result = EasyBufferEncode(6, CheckCrc64, IntPtr.Zero, data, (nuint)data.Length, output, ref written, (nuint)output.Length);
        Assert.Equal(0, result);
        return output[..(int)written];
    }

#pragma warning disable SYSLIB1054 // DllImport like the reader's own liblzma binding: no unsafe blocks in this project.
    [DllImport("liblzma.so.5", EntryPoint = "lzma_easy_buffer_encode", ExactSpelling = true)]
    private static extern int EasyBufferEncode(
        uint preset, int check, IntPtr allocator, byte[] input, nuint inputSize, byte[] output, ref nuint outputPosition,
        nuint outputSize);
#pragma warning restore SYSLIB1054
}

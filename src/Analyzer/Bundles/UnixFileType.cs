using System.Runtime.InteropServices;

namespace Analyzer.Bundles;

/// <summary>
/// Asks libc what a path is without following links. This matters before opening anything in a directory bundle:
/// opening a fifo blocks forever and a device can stream endlessly.
/// </summary>
internal static class UnixFileType
{
    private const int StatBufferSize = 256;
    private const uint TypeMask = 0xF000;

    public static UnixFileKind Of(string path)
    {
        if (!OperatingSystem.IsLinux() || ModeOffset() is not { } offset)
        {
            return UnixFileKind.Unknown;
        }

        var buffer = new byte[StatBufferSize];
        try
        {
            if (LStat(path, buffer) != 0)
            {
                return UnixFileKind.Unknown;
            }
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return UnixFileKind.Unknown;
        }

        var mode = BitConverter.ToUInt32(buffer, offset);
        return (mode & TypeMask) switch
        {
            0x8000 => UnixFileKind.RegularFile,
            0x4000 => UnixFileKind.Directory,
            0xA000 => UnixFileKind.SymbolicLink,
            0x1000 => UnixFileKind.Fifo,
            0x2000 => UnixFileKind.CharacterDevice,
            0x6000 => UnixFileKind.BlockDevice,
            0xC000 => UnixFileKind.Socket,
            _ => UnixFileKind.Unknown,
        };
    }

    // Where st_mode sits in glibc's struct stat: after dev, ino and nlink on x86-64, after dev and ino on arm64.
    private static int? ModeOffset() => RuntimeInformation.ProcessArchitecture switch
    {
        Architecture.X64 => 24,
        Architecture.Arm64 => 16,
        _ => null,
    };

#pragma warning disable SYSLIB1054 // LibraryImport would need unsafe blocks, which this project keeps off.
    [DllImport("libc.so.6", EntryPoint = "lstat", ExactSpelling = true, SetLastError = true)]
    private static extern int LStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] statBuffer);
#pragma warning restore SYSLIB1054
}

using System.Formats.Tar;
using System.IO.Compression;
using System.Text;

namespace Analyzer.Tests.Bundles;

/// <summary>Builds archives in memory for the bundle tests.</summary>
internal static class TestBundles
{
    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static byte[] Tar(params (string Name, byte[] Content)[] files) => Tar(writer =>
    {
        foreach (var (name, content) in files)
        {
            writer.WriteEntry(File(name, content));
        }
    });

    public static byte[] Tar(Action<TarWriter> write)
    {
        var output = new MemoryStream();
        using (var writer = new TarWriter(output, TarEntryFormat.Pax, leaveOpen: true))
        {
            write(writer);
        }

        return output.ToArray();
    }

    public static PaxTarEntry File(string name, byte[] content) =>
        new(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(content) };

    public static byte[] Gzip(byte[] data)
    {
        var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }

    public static byte[] Zip(params (string Name, byte[] Content)[] files) => Zip(archive =>
    {
        foreach (var (name, content) in files)
        {
            using var stream = archive.CreateEntry(name).Open();
            stream.Write(content);
        }
    });

    public static byte[] Zip(Action<ZipArchive> write)
    {
        var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            write(archive);
        }

        return output.ToArray();
    }

    public static byte[] RandomBytes(int length, int seed = 42)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    /// <summary>A committed sample in Bundles/data. Found from the checkout, not [CallerFilePath]: CI builds
    /// (ContinuousIntegrationBuild) map source paths to /_/, which exists on no disk.</summary>
    public static string DataFile(string name) =>
        Path.Combine(Support.RepoPaths.Root, "tests", "Analyzer.Tests", "Bundles", "data", name);
}

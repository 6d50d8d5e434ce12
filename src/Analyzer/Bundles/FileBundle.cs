namespace Analyzer.Bundles;

/// <summary>
/// A bundle that is one file: an archive (recognised by its first bytes, else by its extension) or a single plain
/// file delivered as one entry named by its file name.
/// </summary>
internal static class FileBundle
{
    public static void Read(ReadSession session, string filePath)
    {
        var fileName = Path.GetFileName(filePath);
        using var file = Open(filePath);

        var head = new byte[ContainerSniffer.HeadLength];
        int headLength;
        try
        {
            headLength = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            file.Position = 0;
        }
        catch (IOException exception)
        {
            throw new BundleException($"cannot read bundle {filePath}: {exception.Message}", exception);
        }

        var format = ContainerSniffer.FromContent(head.AsSpan(0, headLength));
        if (format == ContainerFormat.None)
        {
            format = ContainerSniffer.FromFileName(fileName);
        }

        if (format != ContainerFormat.None)
        {
            ArchiveOpener.ReadTopLevel(session, fileName, file, format);
            return;
        }

        var scope = new ArchiveScope(fileName, memberPrefix: "", depth: 0, rawInput: null) { MembersSeen = 1 };
        session.DeliverFile(scope, fileName, file.Length, file, expectedLength: null, mustDrain: false,
            openAgain: PositionalReadStream.OpenerFor(file));
        session.FinishScope(scope);
    }

    private static FileStream Open(string filePath)
    {
        if (UnixFileType.Of(Path.GetFullPath(filePath)) is UnixFileKind.Fifo or UnixFileKind.CharacterDevice
            or UnixFileKind.BlockDevice or UnixFileKind.Socket)
        {
            throw new BundleException($"bundle {filePath} is not a regular file, a directory or an archive");
        }

        try
        {
            return new FileStream(filePath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new BundleException($"cannot open bundle {filePath}: {exception.Message}", exception);
        }
    }
}

using Analyzer.Inventory;

namespace Analyzer.Bundles;

/// <summary>
/// Reads a bundle that is a plain directory: the whole tree is listed first, then its files are read most likely
/// evidence first (<see cref="EntryPriority"/>), in ordinal path order within a class so runs are reproducible and
/// the entry cap falls on the least likely files, whatever the folder names. Symbolic links (to files or
/// directories) are reported and never followed; fifos, devices and sockets are never opened.
/// </summary>
internal static class DirectoryBundle
{
    public static void Read(ReadSession session, string root)
    {
        var rootInfo = new DirectoryInfo(root);
        var scope = new ArchiveScope(rootInfo.Name, memberPrefix: "", depth: 0, rawInput: null);
        try
        {
            var files = new List<(string Path, FileInfo File)>();
            Walk(session, scope, rootInfo, relativePath: "", files);
            var ordered = files
                .Select(f => (f.Path, f.File, Priority: session.PriorityOf(f.Path)))
                .OrderBy(f => f.Priority)
                .ThenBy(f => f.Path, StringComparer.Ordinal);
            foreach (var (path, file, priority) in ordered)
            {
                ReadFile(session, scope, file, path, priority);
            }
        }
        finally
        {
            session.FinishScope(scope);
        }
    }

    /// <summary>Reports what is never read (links, hostile names) and collects the regular-file candidates.</summary>
    private static void Walk(
        ReadSession session, ArchiveScope scope, DirectoryInfo directory, string relativePath, List<(string, FileInfo)> files)
    {
        FileSystemInfo[] children;
        try
        {
            children = directory.GetFileSystemInfos();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            var where = relativePath.Length == 0 ? scope.ProblemPath : relativePath;
            session.Sink.OnProblem(where, InputStatus.Failed, $"cannot list directory: {exception.Message}");
            return;
        }

        Array.Sort(children, (left, right) => string.CompareOrdinal(left.Name, right.Name));
        foreach (var child in children)
        {
            var childRelative = relativePath.Length == 0 ? child.Name : $"{relativePath}/{child.Name}";
            var name = EntryPathSanitizer.Sanitize(childRelative);
            if (child.LinkTarget is { } target)
            {
                session.Skip(
                    name.Path, $"symbolic link to {EntryPathSanitizer.Printable(target)} not followed", Stream.Null,
                    mustDrain: false);
            }
            else if (child is DirectoryInfo subdirectory)
            {
                Walk(session, scope, subdirectory, childRelative, files);
            }
            else if (name.Rejection is { } rejection)
            {
                session.Skip(name.Path, rejection, Stream.Null, mustDrain: false);
            }
            else
            {
                files.Add((name.Path, (FileInfo)child));
            }
        }
    }

    private static void ReadFile(ReadSession session, ArchiveScope scope, FileInfo file, string path, EntryPriority priority)
    {
        var kind = UnixFileType.Of(file.FullName);
        if (kind is not (UnixFileKind.RegularFile or UnixFileKind.Unknown))
        {
            session.Skip(path, $"{Describe(kind)} not read", Stream.Null, mustDrain: false);
            return;
        }

        FileStream stream;
        try
        {
            stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            session.Sink.OnProblem(path, InputStatus.Failed, $"cannot read file: {exception.Message}");
            return;
        }

        using (stream)
        {
            scope.MembersSeen++;

            // A file that breaks while being read is reported partial; the other files are independent, so go on.
            session.DeliverFile(scope, path, file.Length, stream, expectedLength: null, mustDrain: false, priority,
                openAgain: PositionalReadStream.OpenerFor(stream));
        }
    }

    internal static string Describe(UnixFileKind kind) => kind switch
    {
        UnixFileKind.Fifo => "fifo",
        UnixFileKind.CharacterDevice => "character device",
        UnixFileKind.BlockDevice => "block device",
        UnixFileKind.Socket => "socket",
        _ => "special file",
    };
}

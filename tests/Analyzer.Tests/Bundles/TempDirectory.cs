namespace Analyzer.Tests.Bundles;

/// <summary>A private scratch directory per test; its listing proves the reader wrote nothing.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory() =>
        Root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"triage-bundles-{Guid.NewGuid():N}")).FullName;

    public string Root { get; }

    public string Write(string relativePath, byte[] content)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    public string[] Snapshot()
    {
        var lines = new List<string>();
        Walk(new DirectoryInfo(Root), lines);
        lines.Sort(StringComparer.Ordinal);
        return [.. lines];
    }

    private void Walk(DirectoryInfo directory, List<string> lines)
    {
        foreach (var info in directory.GetFileSystemInfos())
        {
            var size = info is FileInfo { LinkTarget: null } file ? file.Length : -1;
            lines.Add($"{Path.GetRelativePath(Root, info.FullName)}|{size}|{info.LastWriteTimeUtc.Ticks}");
            if (info is DirectoryInfo { LinkTarget: null } subdirectory)
            {
                Walk(subdirectory, lines);
            }
        }
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}

using System.Text;
using Analyzer.Bundles;
using Analyzer.Inventory;

namespace Analyzer.Tests.Bundles;

/// <summary>Test sink that remembers everything in arrival order and optionally reads only part of each entry.</summary>
internal sealed class RecordingSink(int? readAtMost = null, bool disposeContent = false) : IEntrySink
{
    public List<RecordedEntry> Entries { get; } = [];
    public List<(string Path, string Format)> Archives { get; } = [];
    public List<RecordedProblem> Problems { get; } = [];
    public List<string> Events { get; } = [];

    public IEnumerable<string> EntryPaths => Entries.Select(entry => entry.Path);

    public void OnEntry(BundleEntry entry, Stream content)
    {
        Assert.False(content.CanSeek);
        Assert.False(content.CanWrite);
        var copy = new MemoryStream();
        var buffer = new byte[8192];
        while (readAtMost is null || copy.Length < readAtMost)
        {
            var want = (int)Math.Min(buffer.Length, (readAtMost ?? long.MaxValue) - copy.Length);
            var read = content.Read(buffer, 0, want);
            if (read == 0)
            {
                break;
            }

            copy.Write(buffer, 0, read);
        }

        if (disposeContent)
        {
            content.Dispose();
        }

        Entries.Add(new RecordedEntry(entry.Path, entry.Size, copy.ToArray()));
        Events.Add($"entry {entry.Path}");
    }

    public void OnArchive(string path, string format)
    {
        Archives.Add((path, format));
        Events.Add($"archive {path} {format}");
    }

    public void OnProblem(string path, InputStatus status, string reason)
    {
        Problems.Add(new RecordedProblem(path, status, reason));
        Events.Add($"problem {path} {status}");
    }

    public RecordedEntry Entry(string path) => Assert.Single(Entries, entry => entry.Path == path);

    public string Text(string path) => Encoding.UTF8.GetString(Entry(path).Content);

    public RecordedProblem Problem(string path) => Assert.Single(Problems, problem => problem.Path == path);
}

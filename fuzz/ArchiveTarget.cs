using Analyzer.Bundles;
using Analyzer.Inventory;

namespace Analyzer.Fuzz;

/// <summary>
/// The input as a bundle file (tar, gzip, xz, zip, nested): every entry is read to its end. Besides not throwing,
/// every entry the reader meets must be accounted for: delivered, or named in a problem.
/// </summary>
internal sealed class ArchiveTarget : IFuzzTarget
{
    private readonly string file = Path.Combine(Scratch.Directory, "bundle");

    public string Name => "archives";

    public void Run(byte[] input)
    {
        File.WriteAllBytes(file, input);
        BundleReader.Read(file, new DrainingSink(), new BundleLimits { MaxTotalBytes = 64L << 20, MaxEntryBytes = 16L << 20 });
    }

    private sealed class DrainingSink : IEntrySink
    {
        private readonly byte[] buffer = new byte[81_920];

        public void OnEntry(BundleEntry entry, Stream content)
        {
            while (content.Read(buffer, 0, buffer.Length) > 0)
            {
            }
        }

        public void OnArchive(string path, string format)
        {
        }

        public void OnProblem(string path, InputStatus status, string reason)
        {
            if (string.IsNullOrEmpty(reason))
            {
                throw new InvalidOperationException($"a problem without a reason for {path}");
            }
        }
    }
}

using Analyzer.Bundles;
using Analyzer.Inventory;
using FsCheck;
using FsCheck.Fluent;
using static Analyzer.Tests.Bundles.TestBundles;

namespace Analyzer.Tests.Bundles;

/// <summary>
/// Issue 14's property test for the archive readers: any one byte of a small archive changed (tar, tar.gz, tar.xz,
/// zip) never throws, and every entry is accounted for: delivered, or named in a problem, or covered by a problem
/// on the archive itself (a reader that loses its place cannot know the entries after it). Where the container
/// carries a checksum (gzip, xz, zip), an entry whose delivered bytes differ from the original is never silent.
/// </summary>
public sealed class ArchiveMutationPropertyTests
{
    private static readonly (string Name, byte[] Content)[] Files =
    [
        ("logs/app.log", Utf8(string.Concat(Enumerable.Range(0, 300).Select(i => $"line {i} of the app log\n")))),
        ("logs/kern.log", Utf8("[ 1.0] Linux version 6.1\n[ 2.0] BUG: kernel NULL pointer dereference\n")),
        ("stacks.txt", RandomBytes(3000, seed: 7)),
    ];

    public static readonly TheoryData<string> Kinds = new(["tar", "tar.gz", "tar.xz", "zip"]);

    internal static byte[] Build(string kind) => kind switch
    {
        "tar" => Tar(Files),
        "tar.gz" => Gzip(Tar(Files)),
        "tar.xz" => XzEncoder.Compress(Tar(Files)),
        _ => Zip(Files),
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Any_changed_byte_is_read_without_exception_and_every_entry_is_accounted_for(string kind)
    {
        var original = Build(kind);
        var fileName = $"bundle.{kind}";
        var mutations = Gen.Choose(0, original.Length - 1).Zip(Gen.Choose(1, 255)).ToArbitrary();
        using var temp = new TempDirectory();
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(150), Prop.ForAll(mutations, mutation =>
        {
            var (at, flip) = mutation;
            var bytes = (byte[])original.Clone();
            bytes[at] ^= (byte)flip;
            var sink = new RecordingSink();

            BundleReader.Read(temp.Write(fileName, bytes), sink);

            var archiveProblem = sink.Problems.Any(p => p.Path == fileName);

            // A zip's names are not under its CRCs: a changed name is the same entry delivered under that name.
            var accounted = sink.EntryPaths.Concat(sink.Problems.Select(p => p.Path)).Distinct(StringComparer.Ordinal).Count();
            Assert.True(
                accounted >= Files.Length || archiveProblem,
                $"after byte {at} ^= {flip} only {accounted} of {Files.Length} entries were delivered or named in a problem");
            foreach (var (name, content) in Files)
            {
                var delivered = sink.Entries.FirstOrDefault(e => e.Path == name);
                var named = sink.Problems.Any(p => p.Path == name);
                if (kind != "tar" && delivered is not null && !delivered.Content.AsSpan().SequenceEqual(content))
                {
                    Assert.True(named || archiveProblem, $"{name} changed silently after byte {at} ^= {flip}");
                }
            }
        }));
    }
}

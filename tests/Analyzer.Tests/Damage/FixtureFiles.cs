using System.Text;
using Analyzer.Bundles;
using Analyzer.Tests.Bundles;

namespace Analyzer.Tests.Damage;

/// <summary>
/// Reads a fixture's files into memory so the matrix can write damaged copies: a directory file by file (a
/// <c>.pb.gz</c> stays compressed, as it was), an archive through the project's own bundle reader (members are
/// decompressed, so an archive fixture becomes a directory of its members with the same bundle paths; the links the
/// reader skips are left out).
/// </summary>
internal static class FixtureFiles
{
    public static IReadOnlyList<FixtureFile> Load(string bundle)
    {
        if (Directory.Exists(bundle))
        {
            return [.. Directory.EnumerateFiles(bundle, "*", SearchOption.AllDirectories)
                .Select(path => new FixtureFile(Path.GetRelativePath(bundle, path).Replace('\\', '/'), File.ReadAllBytes(path)))
                .OrderBy(f => f.Path, StringComparer.Ordinal)];
        }
        var sink = new RecordingSink();
        BundleReader.Read(bundle, sink);
        // Skipped members (the links a sosreport is full of) are skipped in the fixture too; anything else is a broken fixture.
        if (sink.Problems.FirstOrDefault(p => p.Status != Analyzer.Inventory.InputStatus.Skipped) is { } broken)
            throw new InvalidOperationException($"{bundle} does not read cleanly: {broken.Path}: {broken.Reason}");
        return [.. sink.Entries.Select(e => new FixtureFile(e.Path, e.Content)).OrderBy(f => f.Path, StringComparer.Ordinal)];
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file's text when it is text (UTF-8, no NUL, not gzip), null for binary files the damages must leave alone.</summary>
    public static string? Text(FixtureFile file)
    {
        var bytes = file.Bytes;
        if (bytes.Length >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b)
            return null;
        if (Array.IndexOf(bytes, (byte)0) >= 0)
            return null;
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>The fixture's own notes: describe the fixture, are not evidence, and no carrier brings them.</summary>
    public static bool IsFixtureNotes(string path) => Path.GetFileName(path) == "README.md";
}

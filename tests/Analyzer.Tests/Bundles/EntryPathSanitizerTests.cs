using Analyzer.Bundles;

namespace Analyzer.Tests.Bundles;

public sealed class EntryPathSanitizerTests
{
    [Theory]
    [InlineData("./logs/app.log", "logs/app.log")]
    [InlineData("logs//node-1///app.log", "logs/node-1/app.log")]
    [InlineData("logs/./app.log", "logs/app.log")]
    [InlineData("logs\\win\\app.log", "logs/win/app.log")]
    [InlineData("dir/", "dir")]
    public void Harmless_names_are_normalised(string raw, string expected)
    {
        var sanitized = EntryPathSanitizer.Sanitize(raw);

        Assert.Equal(expected, sanitized.Path);
        Assert.Null(sanitized.Rejection);
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("a/../../x")]
    [InlineData("/abs")]
    [InlineData("\\\\server\\share")]
    [InlineData("D:x")]
    [InlineData("nul\0byte")]
    [InlineData("")]
    [InlineData("./")]
    public void Hostile_or_empty_names_are_rejected(string raw) =>
        Assert.NotNull(EntryPathSanitizer.Sanitize(raw).Rejection);

    [Theory]
    [InlineData(new byte[] { 0x1f, 0x8b, 8 }, "Gzip")]
    [InlineData(new byte[] { 0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 0 }, "Xz")]
    [InlineData(new byte[] { 0x50, 0x4b, 0x03, 0x04 }, "Zip")]
    [InlineData(new byte[] { 0x50, 0x4b, 0x05, 0x06 }, "Zip")]
    [InlineData(new byte[] { (byte)'h', (byte)'i' }, "None")]
    [InlineData(new byte[0], "None")]
    public void Sniffer_recognises_magic_bytes(byte[] head, string expected) =>
        Assert.Equal(expected, ContainerSniffer.FromContent(head).ToString());
}

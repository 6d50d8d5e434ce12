using System.Text;
using Analyzer.Detection;
using Analyzer.Families.JuiceFs.Facts;
using Analyzer.Inventory;
using Analyzer.Families.JuiceFs.Parsers.JuiceFsDebugInfo;
using Analyzer.Parsing;
using Analyzer.Rules.Facts;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.Parsers.JuiceFsDebugInfo;

/// <summary>`config.txt` and `system-info.log` of a `juicefs debug` bundle: recognised by name and content together.</summary>
public sealed class DebugInfoParserTests
{
    private static string FixtureFile(string name) =>
        Path.Combine(RepoPaths.Fixtures, "juicefs-slow-object-store", "tmp-jfs-20250121120000", name);

    [Fact]
    public void Config_gives_version_storage_and_volume_without_secrets()
    {
        var (info, context) = Parse("tmp-jfs/config.txt", File.ReadAllText(FixtureFile("config.txt")));
        Assert.Equal(InputStatus.Parsed, context.Status);
        Assert.Equal(("config", "1.2.3+2025-01-09.5a8b1c0", "jfs", "s3", "/tmp/jfs"), (info.Kind, info.Version, info.Volume, info.Storage, info.Mountpoint));
    }

    [Fact]
    public void System_info_gives_platform_and_kernel()
    {
        var (info, _) = Parse("tmp-jfs/system-info.log", File.ReadAllText(FixtureFile("system-info.log")));
        Assert.Equal("linux amd64", info.Platform);
        Assert.StartsWith("Linux version 5.15.0-91-generic", info.Kernel);
    }

    [Fact]
    public void Broken_config_json_fails_with_a_reason()
    {
        var facts = new List<IFact>();
        using var stream = new MemoryStream("{\"Meta\": {\"Format\": "u8.ToArray());
        var context = new ParseContext("config.txt", stream, facts.Add);
        new JuiceFsDebugInfoParser().Parse(context);
        Assert.Equal(InputStatus.Failed, context.Status);
        Assert.Contains("not valid JSON", context.Problems[0]);
    }

    [Theory]
    [InlineData("d/config.txt", "{\"Meta\": {}, \"Format\": {}}", DetectionConfidence.ContentAtStart)]
    [InlineData("d/config.txt", "listen = 8080\n", DetectionConfidence.None)]
    [InlineData("d/settings.json", "{\"Meta\": {}, \"Format\": {}}", DetectionConfidence.None)]
    [InlineData("d/system-info.log", "Platform:\nlinux amd64\n\nKernel:\nLinux version 6.1\n", DetectionConfidence.ContentAtStart)]
    [InlineData("d/system-info.log", "cut\n", DetectionConfidence.Name)]
    public void Detection_needs_the_name_and_the_content(string path, string text, DetectionConfidence expected)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        Assert.Equal(expected, new JuiceFsDebugInfoParser().Detect(new EntryProbe(path, bytes, true)));
    }

    private static (JuiceFsMountInfo Info, ParseContext Context) Parse(string path, string text)
    {
        var facts = new List<IFact>();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        var context = new ParseContext(path, stream, facts.Add);
        new JuiceFsDebugInfoParser().Parse(context);
        return (Assert.Single(facts.OfType<JuiceFsMountInfo>()), context);
    }
}

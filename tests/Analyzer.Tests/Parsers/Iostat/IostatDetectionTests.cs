using Analyzer.Detection;
using Analyzer.Families.Linux.Parsers.Iostat;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.Parsers.Iostat;

/// <summary>Detection by name must not claim files whose content cannot be iostat.</summary>
public sealed class IostatDetectionTests
{
    private static readonly IostatParser Parser = new();

    [Theory]
    [InlineData("sys/block/vda/queue/iostats")]
    [InlineData("sosreport-host/sys/block/sda/queue/iostats")]
    public void The_sysfs_iostats_flag_is_not_iostat(string path)
    {
        var text = HostParse.SampleText("Iostat", "sysfs_block_vda_queue_iostats.txt");
        Assert.Equal(DetectionConfidence.None, HostParse.Detect(Parser, path, text));
        Assert.Null(HostParse.Winner(path, text));
    }

    [Fact]
    public void A_file_named_iostat_with_one_bare_value_is_not_iostat() =>
        Assert.Equal(DetectionConfidence.None, HostParse.Detect(Parser, "iostat", "0\n"));

    [Theory]
    [InlineData("iostat.txt", "iostat: command not found\n")]
    [InlineData("sos_commands/block/iostat_-x_1_3", "Cannot find disk data\n")]
    public void Names_of_iostat_captures_are_still_claimed_by_name(string path, string text) =>
        Assert.Equal(DetectionConfidence.Name, HostParse.Detect(Parser, path, text));
}

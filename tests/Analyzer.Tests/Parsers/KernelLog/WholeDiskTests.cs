using Analyzer.Families.Linux.Parsers.KernelLog;

namespace Analyzer.Tests.Parsers.KernelLog;

public sealed class WholeDiskTests
{
    [Theory]
    [InlineData("sdb1", "sdb")]
    [InlineData("sdab12", "sdab")]
    [InlineData("sdb", "sdb")]
    [InlineData("vda3", "vda")]
    [InlineData("xvdf1", "xvdf")]
    [InlineData("nvme0n1p2", "nvme0n1")]
    [InlineData("nvme0n1", "nvme0n1")]
    [InlineData("mmcblk0p1", "mmcblk0")]
    [InlineData("dm-3", "dm-3")]
    [InlineData("md127", "md127")]
    [InlineData("ata3", "ata3")]
    [InlineData("loop0", "loop0")]
    public void A_partition_belongs_to_its_disk(string device, string disk) => Assert.Equal(disk, WholeDisk.Of(device));
}

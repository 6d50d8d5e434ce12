using Analyzer.Rules.Facts;

namespace Analyzer.Families.Linux.Facts;

/// <summary>
/// Block-layer, ATA and SCSI error lines of one device, aggregated: a flood of 100,000 `I/O error, dev sdb` lines is
/// one fact with counts and the first and last line (Provenance.Line/EndLine).
/// </summary>
[FactRecord("BlockDeviceErrors", KernelSources.KernelLog, Description = "Block I/O, ATA and SCSI errors of one device, counted")]
public sealed record BlockDeviceErrors : IFact
{
    public required Provenance Provenance { get; init; }

    [Field("Device as the kernel names it: sdb, nvme0n1, dm-0, sdb1 (Buffer I/O errors name partitions), ata3 (ATA port)")] public required string Device { get; init; }
    [Field("The whole disk the device belongs to: sdb for sdb1, nvme0n1 for nvme0n1p2; the device itself otherwise (dm-0, ata3)")] public string Disk { get; init; } = "";
    [Field("All error lines of the device")] public required long Count { get; init; }
    [Field("Block-layer request errors of any status: 'I/O error, dev X, sector N', 'critical medium error, dev X', 'critical target error, dev X'... (blk_update_request / print_req_error / end_request / bare); the kinds below break it down")] public long IoErrors { get; init; }
    [Field("Of IoErrors: 'critical medium error' lines (unreadable sectors)")] public long MediumErrors { get; init; }
    [Field("Of IoErrors: 'critical target error' lines (the device rejected the command)")] public long TargetErrors { get; init; }
    [Field("Of IoErrors: 'critical space allocation error' lines (thin-provisioned device out of space)")] public long SpaceErrors { get; init; }
    [Field("Of IoErrors: 'recoverable transport' / 'critical nexus' / 'reservation conflict' error lines (path or link)")] public long TransportErrors { get; init; }
    [Field("'Buffer I/O error on dev X' lines")] public long BufferErrors { get; init; }
    [Field("'ataN.NN: exception Emask' and 'failed command:' lines")] public long AtaExceptions { get; init; }
    [Field("'ataN: hard resetting link' / 'SATA link down' / 'COMRESET failed' lines")] public long LinkResets { get; init; }
    [Field("SCSI 'FAILED Result:' lines")] public long ScsiFailures { get; init; }
    [Field("Command timeouts ('nvme nvmeN: I/O N QID N timeout', SCSI 'timing out command')")] public long Timeouts { get; init; }
    [Field("The kinds seen, in words, zero counts left out: '49 I/O errors (1 critical medium), 1 SCSI command failure'")] public string Kinds { get; init; } = "";
    [Field("First sector printed in an I/O error line, -1 when none")] public long FirstSector { get; init; } = -1;
    [Field("Line number of the last error line")] public long LastLine { get; init; }
    [Field("The last error line, without the transport prefix")] public string LastExcerpt { get; init; } = "";
}

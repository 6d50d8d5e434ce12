namespace Analyzer.Families.Linux.Parsers.KernelLog;

/// <summary>Which counter of <see cref="Families.Linux.Facts.BlockDeviceErrors"/> a block/ATA/SCSI error line adds to.</summary>
internal enum BlockErrorKind
{
    IoError,
    BufferError,
    AtaException,
    LinkReset,
    ScsiFailure,
    Timeout,
}

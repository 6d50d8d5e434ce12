namespace Analyzer.Parsers.KernelLog;

/// <summary>Which counter of <see cref="Facts.Kernel.BlockDeviceErrors"/> a block/ATA/SCSI error line adds to.</summary>
internal enum BlockErrorKind
{
    IoError,
    BufferError,
    AtaException,
    LinkReset,
    ScsiFailure,
    Timeout,
}

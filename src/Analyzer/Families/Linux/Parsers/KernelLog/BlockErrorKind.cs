namespace Analyzer.Families.Linux.Parsers.KernelLog;

/// <summary>Which counter of <see cref="Families.Linux.Facts.BlockDeviceErrors"/> a block/ATA/SCSI error line adds to.</summary>
internal enum BlockErrorKind
{
    /// <summary>`I/O error, dev X` (BLK_STS_IOERR).</summary>
    IoError,
    /// <summary>`critical medium error, dev X` (BLK_STS_MEDIUM: unreadable sectors).</summary>
    MediumError,
    /// <summary>`critical target error, dev X` (BLK_STS_TARGET: the device rejected the command).</summary>
    TargetError,
    /// <summary>`critical space allocation error, dev X` (BLK_STS_NOSPC: a thin pool out of space).</summary>
    SpaceError,
    /// <summary>`recoverable transport error` / `critical nexus error` / `reservation conflict error` (path or link).</summary>
    TransportError,
    /// <summary>Any other block-layer status (`protection error`, `device offline error`, `operation not supported error`...).</summary>
    OtherRequestError,
    BufferError,
    AtaException,
    LinkReset,
    ScsiFailure,
    Timeout,
}

namespace Analyzer.Bundles;

/// <summary>The exceptions that mean "this data is damaged or unreadable", as opposed to bugs in the reader.</summary>
internal static class StreamFaults
{
    public static bool IsDataFault(Exception exception) => exception is IOException // includes EndOfStreamException
        or InvalidDataException
        or FormatException
        or UnauthorizedAccessException
        or NotSupportedException
        or ArgumentOutOfRangeException
        or OverflowException;
}

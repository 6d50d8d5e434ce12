namespace Analyzer.Families.Go.Parsers.PprofProto;

/// <summary>The bytes are not valid protobuf wire format (cut off, impossible length, unknown wire type).</summary>
internal sealed class ProtoFormatException(string message, bool cutOff = false) : Exception(message)
{
    /// <summary>The data ended inside a field: what came before may be sound (a head, a truncated download).</summary>
    public bool CutOff { get; } = cutOff;
}

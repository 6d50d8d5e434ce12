namespace Analyzer.Tests.Damage;

/// <summary>
/// <c>journalctl -o MODE</c>: a stamp in the mode's shape, the host, the program tag and the bare message. Kernel
/// lines come out as <c>host kernel: msg</c>; journalctl's own <c>-- …</c> marker lines stay as they are.
/// </summary>
internal abstract class JournaldWrapper : LineWrapper
{
    protected abstract string Stamp(int index);

    protected override string Wrap(string line, int index, EvidenceKind kind)
    {
        if (kind == EvidenceKind.KernelLog && SyslogSource.IsJournalMarker(line))
            return line;
        var (program, message) = SyslogSource.Of(line, kind);
        return $"{Stamp(index)} host {program}: {message}";
    }
}

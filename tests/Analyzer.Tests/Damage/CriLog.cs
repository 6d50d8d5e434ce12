namespace Analyzer.Tests.Damage;

/// <summary>
/// The CRI log format containerd and CRI-O write under <c>/var/log/pods</c>: <c>TIME STREAM TAG MSG</c>, with
/// <c>F</c> for a full line, e.g. <c>2026-12-02T10:00:01.123456789Z stderr F msg</c>.
/// </summary>
internal sealed class CriLog : ContainerWrapper
{
    public override string Name => "cri";

    protected override string Wrap(string line, int index, EvidenceKind kind) => $"{LineClock.Nanos(index)} stderr F {line}";
}

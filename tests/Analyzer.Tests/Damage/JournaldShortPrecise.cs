using System.Globalization;

namespace Analyzer.Tests.Damage;

/// <summary><c>journalctl -o short-precise</c>: microseconds after the seconds, <c>Dec 02 10:00:01.123456 host app[42]: msg</c>.</summary>
internal sealed class JournaldShortPrecise : JournaldWrapper
{
    public override string Name => "journald-short-precise";

    protected override string Stamp(int index) => LineClock.At(index).ToString("MMM dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture);
}

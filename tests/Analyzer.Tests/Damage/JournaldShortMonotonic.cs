using System.Globalization;

namespace Analyzer.Tests.Damage;

/// <summary><c>journalctl -o short-monotonic</c>: seconds since boot like dmesg, then host and tag, <c>[  123.456789] host app[42]: msg</c>.</summary>
internal sealed class JournaldShortMonotonic : JournaldWrapper
{
    public override string Name => "journald-short-monotonic";

    protected override string Stamp(int index)
    {
        var micros = (long)Math.Round(LineClock.Monotonic(index) * 1_000_000);
        return string.Create(CultureInfo.InvariantCulture, $"[{micros / 1_000_000,5}.{micros % 1_000_000:D6}]");
    }
}

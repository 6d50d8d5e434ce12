using System.Globalization;

namespace Analyzer.Tests.Damage;

/// <summary><c>journalctl -o short-iso</c>: <c>2026-12-02T10:00:01+0000 host app[42]: msg</c> (the offset without a colon, as systemd before 255 prints it).</summary>
internal sealed class JournaldShortIso : JournaldWrapper
{
    public override string Name => "journald-short-iso";

    protected override string Stamp(int index) => LineClock.At(index).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + "+0000";
}

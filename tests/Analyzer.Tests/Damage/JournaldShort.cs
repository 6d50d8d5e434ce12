using System.Globalization;

namespace Analyzer.Tests.Damage;

/// <summary><c>journalctl -o short</c> (the default): <c>Dec 02 10:00:01 host app[42]: msg</c>.</summary>
internal sealed class JournaldShort : JournaldWrapper
{
    public override string Name => "journald-short";

    protected override string Stamp(int index) => LineClock.At(index).ToString("MMM dd HH:mm:ss", CultureInfo.InvariantCulture);
}

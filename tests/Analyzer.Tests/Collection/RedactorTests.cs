using Analyzer.Collection;

namespace Analyzer.Tests.Collection;

public sealed class RedactorTests
{
    [Fact]
    public void Addresses_get_stable_stand_ins_and_times_offsets_and_loopback_stay()
    {
        var r = new Redactor(["web7.corp.example", "web7"], ["bob"]);
        var text = r.Apply("2025/01/21 12:07:28.210770 conn from 198.51.100.4:5432 to fe80::1ff:fe23:4567:890a by bob@web7 (web7.corp.example), 127.0.0.1 ok, +0x1f/0x2a");
        Assert.Contains("2025/01/21 12:07:28.210770", text, StringComparison.Ordinal);
        Assert.Contains("127.0.0.1 ok, +0x1f/0x2a", text, StringComparison.Ordinal);
        Assert.DoesNotContain("198.51.100.4", text, StringComparison.Ordinal);
        Assert.DoesNotContain("fe80::", text, StringComparison.Ordinal);
        Assert.Contains("by user-1@host-2 (host-1)", text, StringComparison.Ordinal);
        var again = r.Apply("198.51.100.4 198.51.100.5");
        Assert.Equal($"{text.Split("conn from ")[1].Split(':')[0]} 10.255.0.3", again);
        // A name inside a longer word is not a name: "bobcat" stays.
        Assert.Equal("bobcat", r.Apply("bobcat"));
    }
}

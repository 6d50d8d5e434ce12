using System.Globalization;

namespace Analyzer.Tests.Damage;

/// <summary>
/// RFC 5424 syslog as rsyslog forwards and stores it: <c>&lt;PRI&gt;1 TIMESTAMP HOST APP PROCID MSGID SD MSG</c>, e.g.
/// <c>&lt;14&gt;1 2026-12-02T10:00:01.000000+00:00 host app 42 - - msg</c>; kernel lines are facility kern, priority 6.
/// </summary>
internal sealed class Rfc5424Syslog : LineWrapper
{
    public override string Name => "syslog-rfc5424";

    protected override string Wrap(string line, int index, EvidenceKind kind)
    {
        var (program, message) = SyslogSource.Of(line, kind);
        var (app, procId) = program.IndexOf('[') is var open and > 0 && program.EndsWith(']')
            ? (program[..open], program[(open + 1)..^1])
            : (program, "-");
        var priority = app == "kernel" ? "<6>" : "<14>";
        var stamp = LineClock.At(index).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture) + "+00:00";
        return $"{priority}1 {stamp} host {app} {procId} - - {message}";
    }
}

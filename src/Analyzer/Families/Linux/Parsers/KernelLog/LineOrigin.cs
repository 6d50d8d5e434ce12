namespace Analyzer.Families.Linux.Parsers.KernelLog;

/// <summary>What the transport prefix says about where a line came from.</summary>
internal enum LineOrigin
{
    /// <summary>No prefix recognised: a bare line (console capture, paste, or the middle of a wrapped record).</summary>
    Bare,
    /// <summary>A timestamp without a program tag (ISO-8601 without host, as in CI/serial captures).</summary>
    Stamped,
    /// <summary>A kernel marker: dmesg `[ 1.234]` / `-T` stamp, `&lt;N&gt;` level, or a syslog/journal `kernel:` tag.</summary>
    Kernel,
    /// <summary>A syslog/journal line of another program (`host systemd[1]: ...`): not kernel text.</summary>
    OtherProgram,
}

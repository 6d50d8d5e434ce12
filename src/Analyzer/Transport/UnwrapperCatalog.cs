using Analyzer.Transport.Unwrappers;

namespace Analyzer.Transport;

/// <summary>
/// Every known wrapper, in the order ties are broken: the more specific shape first (CRI before a bare kubectl stamp,
/// syslog-with-tag before both), so a line that several explain goes to the one that explains most of it.
/// </summary>
internal static class UnwrapperCatalog
{
    /// <summary>Prefix wrappers, learned per file as a stack (outermost first).</summary>
    public static IReadOnlyList<IUnwrapper> Layers { get; } =
    [
        DockerJsonUnwrapper.Instance,
        Rfc5424Unwrapper.Instance,
        JournalFullUnwrapper.Instance,
        SyslogShortUnwrapper.Instance,
        SyslogIsoUnwrapper.Instance,
        JournalUnixUnwrapper.Instance,
        JournalMonotonicUnwrapper.Instance,
        CriUnwrapper.Instance,
        KubectlTimestampUnwrapper.Instance,
        KibanaUnwrapper.Instance,
        ComposeUnwrapper.Instance,
        GrepPathUnwrapper.Instance,
        LineNumberUnwrapper.Instance,
        QuoteUnwrapper.Instance,
    ];
}

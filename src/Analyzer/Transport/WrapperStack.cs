using Analyzer.Transport.Unwrappers;

namespace Analyzer.Transport;

/// <summary>
/// What a file's head taught: the prefix wrappers every line is expected to carry (outermost first) and whether
/// colour codes or non-breaking spaces need cleaning anywhere in a line. Immutable; one per wrapping regime.
/// </summary>
internal sealed class WrapperStack(IReadOnlyList<IUnwrapper> layers, bool ansi, bool nbsp)
{
    public static WrapperStack None { get; } = new([], false, false);

    public IReadOnlyList<IUnwrapper> Layers { get; } = layers;
    public bool Ansi { get; } = ansi;
    public bool Nbsp { get; } = nbsp;

    public bool IsEmpty => Layers.Count == 0 && !Ansi && !Nbsp;

    /// <summary>True when the outermost layer names a program (syslog, journald, compose) or a file (grep), so lines split into channels.</summary>
    public bool NamesPrograms => Layers.Count > 0 && Layers[0] is SyslogShortUnwrapper or SyslogIsoUnwrapper or JournalFullUnwrapper
        or JournalUnixUnwrapper or JournalMonotonicUnwrapper or Rfc5424Unwrapper or ComposeUnwrapper or GrepPathUnwrapper;

    /// <summary>
    /// True when the outermost wrapper is one no parser reads by itself (docker json-file, CRI, RFC 5424, …), so text
    /// nobody recognised is still worth cleaning for the scanners; syslog, quotes and line numbers are not.
    /// </summary>
    public bool OpaqueToParsers => Layers.Count > 0 && Layers[0] is not (SyslogShortUnwrapper or SyslogIsoUnwrapper or QuoteUnwrapper or LineNumberUnwrapper);

    /// <summary>"journald short + docker json-file + ansi colours": what the inventory note says was removed.</summary>
    public string Describe()
    {
        var names = Layers.Select(l => l.Name).ToList();
        if (Ansi) names.Add(AnsiUnwrapper.Instance.Name);
        if (Nbsp) names.Add(NbspUnwrapper.Instance.Name);
        return string.Join(" + ", names);
    }
}

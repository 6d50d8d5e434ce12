using Analyzer.Parsing;

namespace Analyzer.Detection;

/// <summary>
/// One evidence format: how to recognise it and how to turn it into facts. Implementations live in
/// Parsers/&lt;Format&gt;/ and are registered in <see cref="ParserRegistry"/>.
/// </summary>
public interface IFormatParser
{
    /// <summary>The inventory's format name, e.g. "go-goroutine-dump".</summary>
    string Format { get; }

    /// <summary>The evidence source the facts belong to (see FactRecordAttribute.Source), e.g. "go-stacks".</summary>
    string Source { get; }

    /// <summary>
    /// True when the parser can find its format anywhere inside text no parser claimed (a Go dump in a
    /// service's stderr); it then reads the whole entry and emits facts only where its format starts.
    /// </summary>
    bool ScansUnclaimedText { get; }

    /// <summary>
    /// True when the format is a log other programs write into too (a syslog/journal holds every service's stderr, a
    /// JuiceFS client log ends with the client's own Go panic): the entry is then also read, in the same pass, by the
    /// parsers that scan unclaimed text, so a Go dump inside it is not lost to the parser that claimed it.
    /// </summary>
    bool CarriesEmbeddedText => false;

    DetectionConfidence Detect(EntryProbe probe);

    /// <summary>
    /// True when the entry's name alone (no content: <see cref="EntryProbe.NameOnly"/>) suggests this format. Big
    /// bundles read such entries first and past the entry cap (<see cref="Bundles.EntryPriority.Named"/>). By default
    /// the parser's own name rule in <see cref="Detect"/>; a parser whose name rule is gated by content (or that
    /// detects by content only) says here which names are its format's usual ones.
    /// </summary>
    bool NameSuggests(EntryProbe nameOnly) => Detect(nameOnly) == DetectionConfidence.Name;

    void Parse(ParseContext context);
}

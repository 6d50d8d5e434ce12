using Analyzer.Bundles;
using Analyzer.Detection;
using Analyzer.Facts.Bundle;
using Analyzer.Inventory;
using Analyzer.Rules.Facts;

namespace Analyzer.Pipeline;

/// <summary>bundle → entries → detection → parsers → facts, plus one <see cref="InputFile"/> fact per input.</summary>
public static class BundleFactReader
{
    public static FactCatalog Catalog { get; } = FactCatalog.FromAssemblies(typeof(InputFile).Assembly);

    public static BundleFacts Read(string bundlePath, BundleLimits? limits = null, IReadOnlyList<IFormatParser>? parsers = null)
    {
        var dispatcher = new EntryDispatcher(parsers ?? ParserRegistry.Default);
        var evidence = new EvidencePaths(parsers ?? ParserRegistry.Default);
        BundleReader.Read(bundlePath, dispatcher, limits ?? BundleLimits.Default, evidence.Of);
        dispatcher.ApplyInventoryNotes();
        var inventory = dispatcher.Inventory;
        var facts = dispatcher.Facts.Concat(inventory.Select(ToFact));
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(bundlePath)));
        return new BundleFacts(name, new FactSet(Catalog, facts, dispatcher.Sources), inventory) { Unread = dispatcher.Unread };
    }

    private static InputFile ToFact(InputRecord r) => new()
    {
        Provenance = new Provenance(r.Path),
        Path = r.Path,
        Format = r.Format,
        Status = StatusText.Of(r.Status),
        Facts = r.Facts,
        Recognized = r.Status is InputStatus.Parsed or InputStatus.Partial && r.Facts > 0,
        Evidence = EvidenceInputs.Is(r),
    };
}

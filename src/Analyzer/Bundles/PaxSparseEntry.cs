using System.Formats.Tar;
using System.Globalization;

namespace Analyzer.Bundles;

/// <summary>
/// GNU tar's sparse files in PAX archives: a regular-file entry whose extended attributes say its data is condensed
/// (format 0.1: the map in <c>GNU.sparse.map</c>; format 1.0: the map at the start of the data). Delivered expanded
/// under the real name (<c>GNU.sparse.name</c>), not as the condensed bytes under GNU tar's placeholder name.
/// </summary>
internal static class PaxSparseEntry
{
    public static bool IsSparse(TarEntry entry) =>
        entry is PaxTarEntry pax && pax.ExtendedAttributes.Keys.Any(key => key.StartsWith("GNU.sparse.", StringComparison.Ordinal));

    public static EntryOutcome Read(ReadSession session, ArchiveScope scope, PaxTarEntry entry, Stream data)
    {
        var attributes = entry.ExtendedAttributes;
        var name = EntryPathSanitizer.Sanitize(attributes.GetValueOrDefault("GNU.sparse.name") ?? entry.Name);
        var path = scope.MemberPath(name.Path);
        var realSize = Number(attributes, "GNU.sparse.realsize") ?? Number(attributes, "GNU.sparse.size");
        if (realSize is null)
        {
            return session.Skip(
                path, "sparse file not read: its real size (GNU.sparse.realsize or GNU.sparse.size) is missing or not a number",
                data, mustDrain: true);
        }

        SparseMap? map;
        string? problem;
        long mapBytes = 0;
        if (attributes.GetValueOrDefault("GNU.sparse.major") == "1" && attributes.GetValueOrDefault("GNU.sparse.minor") == "0")
        {
            map = SparseMap.ReadPax10(data, realSize.Value, out mapBytes, out problem);
        }
        else if (attributes.TryGetValue("GNU.sparse.map", out var text))
        {
            map = SparseMap.ParsePax01(text, realSize.Value, out problem);
        }
        else
        {
            map = null;
            problem = "its sparse format (GNU.sparse.major " +
                      $"{EntryPathSanitizer.Printable(attributes.GetValueOrDefault("GNU.sparse.major") ?? "unset")}) is not one this reader knows";
        }

        var stored = new BoundedStream(data, Math.Max(0, entry.Length - mapBytes));
        problem ??= map!.Problem(stored.Remaining);
        var outcome = problem is not null
            ? session.Skip(path, $"sparse file not read: {problem}", stored, mustDrain: true)
            : name.Rejection is { } rejection
                ? session.Skip(path, rejection, stored, mustDrain: true)
                : session.DeliverFile(scope, path, realSize, new SparseExpandingStream(stored, map!), realSize, mustDrain: false);
        return outcome.Kind == EntryOutcomeKind.Continue ? session.Consume(stored) : outcome;
    }

    private static long? Number(IReadOnlyDictionary<string, string> attributes, string key) =>
        attributes.TryGetValue(key, out var text)
        && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}

using Analyzer.Inventory;
using Analyzer.Rules.Facts;

namespace Analyzer.Families.Linux.Facts;

/// <summary>
/// A command or file that sos's manifest.json marks as incomplete: truncated at the size limit, timed out, failed
/// (non-zero exit), or cut off because its plugin hit the plugin timeout. The pipeline also attaches it to the
/// inventory record of <see cref="Target"/>, so an empty finding list on that file is not read as "healthy".
/// </summary>
[FactRecord("SosCollectionIssue", SosSources.Manifest, Description = "A sosreport command or file the manifest marks truncated, timed out or failed")]
public sealed record SosCollectionIssue : IFact, IInventoryNote
{
    public required Provenance Provenance { get; init; }

    [Field("Bundle path of the affected output (the sos top folder kept); the manifest's own path when no file was written")] public required string Target { get; init; }
    [Field("sos plugin that collected it")] public required string Plugin { get; init; }
    [Field("The command as sos ran it (exec), or the copied file's specification")] public required string Command { get; init; }
    [Field("truncated, timeout, failed or plugin-timeout")] public required string Issue { get; init; }
    [Field("The command's exit status; null for copied files")] public long? ReturnCode { get; init; }
    [Field("Why the output is incomplete, as the inventory shows it")] public required string Reason { get; init; }

    InputStatus IInventoryNote.Status => InputStatus.Partial;
}

using Analyzer.Inventory;

namespace Analyzer.Pipeline;

/// <summary>
/// Which inputs are evidence: those a reader claimed, by content or by name. Not evidence: what no parser claimed (the
/// inventory's <c>text</c>, <c>binary</c>, <c>empty</c>, <c>unknown</c>), archives, and the transport's containers (a
/// paste of several files or a log of several programs is read through its sections and channels, which have records
/// of their own and are the evidence), nor what was deliberately skipped.
/// </summary>
public static class EvidenceInputs
{
    private static readonly HashSet<string> NotEvidence = new(StringComparer.Ordinal)
        { "text", "binary", "empty", "unknown", "multi-file output", "multi-program log" };

    public static bool Is(InputRecord input) =>
        input.Status != InputStatus.Skipped && !NotEvidence.Contains(input.Format)
        && !input.Format.StartsWith("archive", StringComparison.Ordinal);
}

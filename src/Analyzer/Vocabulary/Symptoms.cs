using Analyzer.Families;

namespace Analyzer.Vocabulary;

/// <summary>
/// The symptom vocabulary: the stable names of what is wrong, shared by every rule, declared by the families that
/// own them (<see cref="EvidenceFamily.Symptoms"/>). A contract: names are added, never renamed or reused.
/// </summary>
public static class Symptoms
{
    public static IReadOnlySet<string> All => FamilyRegistry.Symptoms;
}

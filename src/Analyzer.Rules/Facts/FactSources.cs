namespace Analyzer.Rules.Facts;

/// <summary>Evidence sources that the engine itself understands.</summary>
public static class FactSources
{
    /// <summary>Produced by rules (<c>derive:</c>) or by the engine (findings).</summary>
    public const string Derived = "derived";

    /// <summary>Always present: facts about the bundle itself (its inventory).</summary>
    public const string Bundle = "bundle";
}

namespace Analyzer.Rules.Facts;

/// <summary>
/// Carries an assembly's fact descriptors. The build-time generator (Analyzer.Generators) derives one from this per
/// assembly that declares [FactRecord] records and puts it on the assembly, so <see cref="FactCatalog.FromAssemblies"/>
/// finds the descriptors by reading an attribute, not by scanning types and properties.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public abstract class FactRecordsAttribute : Attribute
{
    public abstract IReadOnlyList<RecordDescriptor> Records { get; }
}

using System.Reflection;
using Analyzer.Rules.Expressions;

namespace Analyzer.Rules.Facts;

/// <summary>
/// The only window the engine has onto the domain: fact type name → fields and CLR types, from the descriptors the
/// build-time generator (Analyzer.Generators) wrote for records marked <see cref="FactRecordAttribute"/>. No member
/// is looked up by reflection at run time, so the catalog works the same under Native AOT. Rules are checked
/// against it when they load.
/// </summary>
public sealed class FactCatalog
{
    private readonly Dictionary<string, FactType> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, FactType> _byClr = [];
    private readonly Dictionary<Type, RecordShape> _shapes = [];
    private readonly Dictionary<Type, RecordDescriptor> _descriptors = [];

    public IEnumerable<FactType> Types => _byName.Values;

    /// <summary>The fact types declared in <paramref name="assemblies"/> and in the engine's own assembly.</summary>
    public static FactCatalog FromAssemblies(params Assembly[] assemblies) =>
        FromDescriptors(assemblies.Append(typeof(FactCatalog).Assembly).Distinct()
            .SelectMany(a => a.GetCustomAttributes<FactRecordsAttribute>())
            .SelectMany(a => a.Records));

    public static FactCatalog FromDescriptors(IEnumerable<RecordDescriptor> descriptors)
    {
        var catalog = new FactCatalog();
        var all = descriptors.ToList();
        foreach (var d in all)
            catalog._descriptors.TryAdd(d.ClrType, d);
        foreach (var d in all.Where(d => d.FactName is not null).OrderBy(d => d.FactName, StringComparer.Ordinal))
            catalog.Register(d);
        return catalog;
    }

    public bool TryGet(string name, out FactType type) => _byName.TryGetValue(name, out type!);

    public FactType Get(Type clrType) =>
        _byClr.TryGetValue(clrType, out var t) ? t : throw new KeyNotFoundException($"{clrType.Name} is not a registered fact type");

    public FactType? Find(Type clrType) => _byClr.GetValueOrDefault(clrType);

    /// <summary>The shape of a fact or nested record by its CLR type (null for other types).</summary>
    public RecordShape? ShapeOf(Type clrType) => _shapes.GetValueOrDefault(clrType);

    private void Register(RecordDescriptor d)
    {
        if (!typeof(IFact).IsAssignableFrom(d.ClrType))
            throw new InvalidOperationException($"{d.ClrType.FullName} is marked [Fact] but does not implement IFact");
        if (_byName.ContainsKey(d.FactName!))
            throw new InvalidOperationException($"fact type name '{d.FactName}' is declared twice");
        var shape = Shape(d.ClrType, d.FactName!);
        var factType = new FactType(d.FactName!, d.Source ?? "", d.Description, shape);
        _byName[d.FactName!] = factType;
        _byClr[d.ClrType] = factType;
    }

    private RecordShape Shape(Type type, string name)
    {
        if (_shapes.TryGetValue(type, out var existing))
            return existing;
        var d = _descriptors.GetValueOrDefault(type) ?? throw new InvalidOperationException($"{type.FullName} has no generated descriptor");
        var shape = new RecordShape(name, type) { Create = d.Create, WithProvenance = d.WithProvenance };
        _shapes[type] = shape;
        foreach (var f in d.Fields)
        {
            var exprType = TypeOf(f.Kind, f.ElementKind, f.RecordType);
            if (exprType is null)
                continue;
            shape.Add(new FactField(f.Name, exprType, f.Nullable, f.Unit, f.Description)
            {
                Getter = f.Getter,
                Read = Boxed(f.Kind, f.Getter),
                With = f.With,
                Required = f.Required,
                IsInt32 = f.IsInt32,
            });
        }
        return shape;
    }

    private ExprType? TypeOf(FieldKind kind, FieldKind element, Type? record) => kind switch
    {
        FieldKind.Int => ExprType.Int,
        FieldKind.Double => ExprType.Double,
        FieldKind.Bool => ExprType.Bool,
        FieldKind.Duration => ExprType.Duration,
        FieldKind.String => ExprType.String,
        FieldKind.Record when record is not null => new ExprType.Record(Shape(record, _descriptors.GetValueOrDefault(record)?.Name ?? record.Name)),
        FieldKind.List when TypeOf(element, FieldKind.None, record) is { } e => new ExprType.List(e),
        _ => null,
    };

    private static Func<object, object?> Boxed(FieldKind kind, Delegate getter) => kind switch
    {
        FieldKind.Int => Box((Func<object, long?>)getter),
        FieldKind.Double => Box((Func<object, double?>)getter),
        FieldKind.Bool => Box((Func<object, bool?>)getter),
        FieldKind.Duration => Box((Func<object, TimeSpan?>)getter),
        FieldKind.String => (Func<object, string?>)getter,
        _ => (Func<object, object?>)getter,
    };

    private static Func<object, object?> Box<T>(Func<object, T?> getter) where T : struct => o => getter(o);

    internal static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}

using System.Reflection;
using Analyzer.Rules.Expressions;

namespace Analyzer.Rules.Facts;

/// <summary>
/// The only window the engine has onto the domain: fact type name → fields and CLR types, discovered once
/// from records marked <see cref="FactRecordAttribute"/>. Rules are checked against it when they load.
/// </summary>
public sealed class FactCatalog
{
    private readonly Dictionary<string, FactType> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, FactType> _byClr = [];
    private readonly Dictionary<Type, RecordShape> _shapes = [];

    public IEnumerable<FactType> Types => _byName.Values;

    public static FactCatalog FromAssemblies(params Assembly[] assemblies)
    {
        var catalog = new FactCatalog();
        foreach (var type in assemblies.Append(typeof(FactCatalog).Assembly).Distinct().SelectMany(a => a.GetTypes()))
        {
            var attr = type.GetCustomAttribute<FactRecordAttribute>();
            if (attr is not null)
                catalog.Register(type, attr);
        }
        return catalog;
    }

    public bool TryGet(string name, out FactType type) => _byName.TryGetValue(name, out type!);

    public FactType Get(Type clrType) =>
        _byClr.TryGetValue(clrType, out var t) ? t : throw new KeyNotFoundException($"{clrType.Name} is not a registered fact type");

    public FactType? Find(Type clrType) => _byClr.GetValueOrDefault(clrType);

    private void Register(Type type, FactRecordAttribute attr)
    {
        if (!typeof(IFact).IsAssignableFrom(type))
            throw new InvalidOperationException($"{type.FullName} is marked [Fact] but does not implement IFact");
        if (_byName.ContainsKey(attr.Name))
            throw new InvalidOperationException($"fact type name '{attr.Name}' is declared twice");
        var shape = ShapeOf(type, attr.Name);
        var factType = new FactType(attr.Name, attr.Source, attr.Description, shape);
        _byName[attr.Name] = factType;
        _byClr[type] = factType;
    }

    private RecordShape ShapeOf(Type type, string name)
    {
        if (_shapes.TryGetValue(type, out var existing))
            return existing;
        var shape = new RecordShape(name, type);
        _shapes[type] = shape;
        foreach (var prop in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (prop.GetIndexParameters().Length > 0 || prop.Name == nameof(IFact.Provenance) || prop.Name == "EqualityContract")
                continue;
            var (exprType, nullable) = MapType(prop.PropertyType, prop);
            if (exprType is null)
                continue; // not visible to rules (e.g. internal bookkeeping types)
            var doc = prop.GetCustomAttribute<FieldAttribute>();
            shape.Add(new FactField(CamelCase(prop.Name), exprType, prop, nullable, doc?.Unit, doc?.Description));
        }
        return shape;
    }

    private (ExprType? Type, bool Nullable) MapType(Type t, PropertyInfo prop)
    {
        var underlying = Nullable.GetUnderlyingType(t);
        if (underlying is not null)
            return (MapType(underlying, prop).Type, true);
        var nullableRef = !t.IsValueType && new NullabilityInfoContext().Create(prop).ReadState == NullabilityState.Nullable;
        if (t == typeof(long) || t == typeof(int)) return (ExprType.Int, false);
        if (t == typeof(double) || t == typeof(float)) return (ExprType.Double, false);
        if (t == typeof(bool)) return (ExprType.Bool, false);
        if (t == typeof(TimeSpan)) return (ExprType.Duration, false);
        if (t == typeof(string)) return (ExprType.String, nullableRef);
        var element = ListElement(t);
        if (element is not null)
        {
            var elemType = element == typeof(string) ? ExprType.String
                : element == typeof(long) ? ExprType.Int
                : element.IsClass ? new ExprType.Record(ShapeOf(element, element.Name)) : null;
            return elemType is null ? (null, false) : (new ExprType.List(elemType), nullableRef);
        }
        if (t.IsClass && t.Namespace is not null && !t.Namespace.StartsWith("System", StringComparison.Ordinal))
            return (new ExprType.Record(ShapeOf(t, t.Name)), nullableRef);
        return (null, false);
    }

    private static Type? ListElement(Type t)
    {
        // Lists are exposed to rules only as IReadOnlyList<T>, so compiled expressions see one shape.
        return t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? t.GetGenericArguments()[0] : null;
    }

    internal static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Analyzer.Generators;

/// <summary>
/// Emits, for the records of one assembly marked [FactRecord] and the records they nest (a stack frame in a list),
/// the descriptors <c>FactCatalog</c> is built from: name, source, docs, each visible field with its language kind
/// and a typed getter, a <c>with</c>-based setter and a factory. The assembly carries them as an attribute the
/// catalog reads, so the run-time side needs neither reflection over members nor code generation.
/// The mapping mirrors the language: int/long → int, double/float → double, bool, TimeSpan → duration, string,
/// IReadOnlyList of string/long/record → list, other non-System classes → record; anything else is invisible.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class FactCatalogGenerator : IIncrementalGenerator
{
    private const string FactAttribute = "Analyzer.Rules.Facts.FactRecordAttribute";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var records = context.SyntaxProvider.ForAttributeWithMetadataName(
            FactAttribute,
            static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax,
            static (ctx, _) => Model.Describe((INamedTypeSymbol)ctx.TargetSymbol, ctx.Attributes[0]));
        var all = records.Collect().Combine(context.CompilationProvider.Select(static (c, _) => c.AssemblyName ?? "Assembly"));
        context.RegisterSourceOutput(all, static (spc, input) =>
        {
            var (facts, assembly) = input;
            if (facts.IsEmpty)
                return;
            spc.AddSource("FactRecords.g.cs", Emitter.Emit(assembly, facts));
        });
    }
}

/// <summary>One record (fact or nested) as plain, equatable data, so the incremental pipeline can cache it.</summary>
internal sealed record RecordModel(string FullName, string Name, string? FactName, string? Source, string? Description,
    EquatableArray<string> CtorParameters, EquatableArray<FieldModel> Fields, EquatableArray<string> RequiredStrings,
    EquatableArray<string> RequiredOthers, EquatableArray<RecordModel> Nested);

/// <summary>A visible property: language kind, CLR type text, element kind for lists, nested record for records.</summary>
internal sealed record FieldModel(string Property, string Camel, string Kind, string ClrType, bool Nullable, string? ElementKind,
    string? ElementClr, string? RecordFullName, string? Unit, string? Description, bool Required, bool IsInt32, bool Settable);

internal static class Model
{
    public static RecordModel Describe(INamedTypeSymbol type, AttributeData attribute)
    {
        var factName = attribute.ConstructorArguments.Length > 0 ? attribute.ConstructorArguments[0].Value as string : null;
        var source = attribute.ConstructorArguments.Length > 1 ? attribute.ConstructorArguments[1].Value as string : null;
        var description = attribute.NamedArguments.FirstOrDefault(a => a.Key == "Description").Value.Value as string;
        var nested = new Dictionary<string, RecordModel>();
        return Record(type, factName ?? type.Name, factName, source, description, nested, new HashSet<string>());
    }

    private static RecordModel Record(INamedTypeSymbol type, string name, string? factName, string? source, string? description,
        Dictionary<string, RecordModel> nested, HashSet<string> visiting)
    {
        var fullName = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        visiting.Add(fullName);
        var fields = new List<FieldModel>();
        var requiredStrings = new List<string>();
        var requiredOthers = new List<string>();
        foreach (var prop in Properties(type))
        {
            if (prop.IsRequired)
                (prop.Type.SpecialType == SpecialType.System_String ? requiredStrings : requiredOthers).Add(prop.Name);
            if (prop.Name == "Provenance" || prop.Name == "EqualityContract")
                continue;
            var field = Field(prop, nested, visiting);
            if (field is not null)
                fields.Add(field);
        }
        var ctor = type.InstanceConstructors
            .Where(c => c.DeclaredAccessibility == Accessibility.Public && !(c.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(c.Parameters[0].Type, type)))
            .OrderBy(c => c.Parameters.Length).FirstOrDefault();
        var ctorArgs = ctor?.Parameters.Select(p => p.Type.SpecialType == SpecialType.System_String ? "\"\"" : "default!").ToArray() ?? [];
        visiting.Remove(fullName);
        return new RecordModel(fullName, name, factName, source, description, new(ctorArgs), new(fields.ToArray()),
            new(requiredStrings.ToArray()), new(requiredOthers.ToArray()), new(nested.Values.OrderBy(n => n.FullName).ToArray()));
    }

    /// <summary>Public instance properties, the type's own first then its bases', as reflection lists them.</summary>
    private static IEnumerable<IPropertySymbol> Properties(INamedTypeSymbol type)
    {
        var seen = new HashSet<string>();
        for (var t = type; t is not null && t.SpecialType != SpecialType.System_Object; t = t.BaseType)
        {
            foreach (var member in t.GetMembers())
            {
                if (member is IPropertySymbol { DeclaredAccessibility: Accessibility.Public, IsStatic: false, IsIndexer: false } prop && seen.Add(prop.Name))
                    yield return prop;
            }
        }
    }

    private static FieldModel? Field(IPropertySymbol prop, Dictionary<string, RecordModel> nested, HashSet<string> visiting)
    {
        var camel = char.ToLowerInvariant(prop.Name[0]) + prop.Name.Substring(1);
        var attr = prop.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == "Analyzer.Rules.Facts.FieldAttribute");
        var description = attr?.ConstructorArguments.Length > 0 ? attr.ConstructorArguments[0].Value as string : null;
        var unit = attr?.NamedArguments.FirstOrDefault(a => a.Key == "Unit").Value.Value as string;
        var type = prop.Type;
        var clr = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat.WithMiscellaneousOptions(
            SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier | SymbolDisplayMiscellaneousOptions.UseSpecialTypes));
        var nullable = false;
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } n)
        {
            type = n.TypeArguments[0];
            nullable = true;
        }
        else if (!type.IsValueType && prop.NullableAnnotation == NullableAnnotation.Annotated)
        {
            nullable = true;
        }
        var scalar = Scalar(type);
        if (scalar is not null)
            return new FieldModel(prop.Name, camel, scalar, clr, nullable, null, null, null, unit, description,
                prop.IsRequired, type.SpecialType == SpecialType.System_Int32, prop.SetMethod is not null);
        if (type is INamedTypeSymbol { IsGenericType: true } list && list.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.IReadOnlyList<T>")
        {
            var element = list.TypeArguments[0];
            var elementClr = element.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat.WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.UseSpecialTypes));
            string? elementKind = element.SpecialType switch
            {
                SpecialType.System_String => "String",
                SpecialType.System_Int64 => "Int",
                _ => element.TypeKind == TypeKind.Class ? "Record" : null,
            };
            if (elementKind is null)
                return null;
            string? recordName = null;
            if (elementKind == "Record")
                recordName = NestedRecord((INamedTypeSymbol)element, nested, visiting);
            return new FieldModel(prop.Name, camel, "List", clr, nullable, elementKind, elementClr, recordName, unit, description, prop.IsRequired, false, prop.SetMethod is not null);
        }
        if (type.TypeKind == TypeKind.Class && type is INamedTypeSymbol cls && cls.ContainingNamespace is { IsGlobalNamespace: false } ns
            && !ns.ToDisplayString().StartsWith("System", System.StringComparison.Ordinal))
        {
            var recordName = NestedRecord(cls, nested, visiting);
            return new FieldModel(prop.Name, camel, "Record", clr, nullable, null, null, recordName, unit, description, prop.IsRequired, false, prop.SetMethod is not null);
        }
        return null;
    }

    private static string NestedRecord(INamedTypeSymbol type, Dictionary<string, RecordModel> nested, HashSet<string> visiting)
    {
        var full = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        if (!nested.ContainsKey(full) && !visiting.Contains(full))
        {
            var isFact = type.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "Analyzer.Rules.Facts.FactRecordAttribute");
            if (!isFact)
            {
                var inner = new Dictionary<string, RecordModel>();
                var model = Record(type, type.Name, null, null, null, inner, visiting);
                nested[full] = model with { Nested = EquatableArray<RecordModel>.Empty };
                foreach (var kv in inner)
                    nested[kv.Key] = kv.Value with { Nested = EquatableArray<RecordModel>.Empty };
            }
        }
        return full;
    }

    private static string? Scalar(ITypeSymbol type) => type.SpecialType switch
    {
        SpecialType.System_Int64 or SpecialType.System_Int32 => "Int",
        SpecialType.System_Double or SpecialType.System_Single => "Double",
        SpecialType.System_Boolean => "Bool",
        SpecialType.System_String => "String",
        _ => type.ToDisplayString() == "System.TimeSpan" ? "Duration" : null,
    };
}

using System.Reflection;
using Analyzer.Rules.Expressions;

namespace Analyzer.Rules.Facts;

/// <summary>One field of a fact or nested record, as rules see it (camelCase name, language type).</summary>
public sealed record FactField(string Name, ExprType Type, PropertyInfo Property, bool Nullable, string? Unit, string? Description);

namespace Analyzer.Rules.Tests.Expressions;

/// <summary>A nested record (a stack frame) reached through a list field of <see cref="ExprTestGroup"/>.</summary>
public sealed record ExprTestFrame(string Function, string File, int Line);

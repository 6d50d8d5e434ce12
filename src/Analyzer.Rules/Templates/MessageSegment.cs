namespace Analyzer.Rules.Templates;

/// <summary>
/// A run of a rendered message: <see cref="FromData"/> text came out of a <c>{{placeholder}}</c> (a fact value, i.e.
/// the bundle) and must be encoded by every renderer; otherwise it is the rule author's own Markdown.
/// </summary>
public readonly record struct MessageSegment(string Text, bool FromData);

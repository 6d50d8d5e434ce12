using System.Text;
using HandlebarsDotNet;

namespace Analyzer.Rules.Templates;

/// <summary>
/// The Handlebars encoder of rule templates: instead of escaping for one output format, it brackets every value a
/// <c>{{placeholder}}</c> prints between two private-use characters, so <see cref="MessageText.FromMarked"/> can tell
/// the bundle's text from the author's and each renderer escapes it for its own context. The markers are removed
/// from values and from template sources first, so neither can forge a boundary.
/// </summary>
internal sealed class ValueMarker : ITextEncoder
{
    public const char Open = '\uE000';
    public const char Close = '\uE001';

    public static readonly ValueMarker Instance = new();

    public static string Strip(string text) =>
        text.AsSpan().IndexOfAny(Open, Close) < 0 ? text : text.Replace(Open.ToString(), "", StringComparison.Ordinal).Replace(Close.ToString(), "", StringComparison.Ordinal);

    public void Encode(StringBuilder? text, TextWriter target) => Encode(text?.ToString(), target);

    public void Encode(string? text, TextWriter target)
    {
        target.Write(Open);
        target.Write(Strip(text ?? ""));
        target.Write(Close);
    }

    public void Encode<T>(T? text, TextWriter target) where T : IEnumerator<char>
    {
        var sb = new StringBuilder();
        while (text is not null && text.MoveNext()) sb.Append(text.Current);
        Encode(sb.ToString(), target);
    }
}

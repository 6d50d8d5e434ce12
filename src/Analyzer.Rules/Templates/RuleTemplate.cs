using Analyzer.Rules.Model;
using HandlebarsDotNet;

namespace Analyzer.Rules.Templates;

/// <summary>
/// A rule's message or next-step template. Written in the plain part of Handlebars (paths, if/unless/else), it is
/// rendered directly (<see cref="PlainTemplate"/>); otherwise Handlebars.Net compiles it to a delegate, which costs
/// about a millisecond each, so that compile waits for the first render. Load time
/// still checks references and block structure (<see cref="TemplateBlocks"/>), and the authoring commands force
/// every compile (<see cref="CompileError"/>) so nothing surfaces first at render time.
/// </summary>
internal sealed class RuleTemplate
{
    private readonly Lazy<HandlebarsTemplate<object, object>> _compiled;
    private readonly PlainTemplate? _plain; // null: the template uses more of Handlebars than the plain part

    public RuleTemplate(TemplateSource source, Func<string, HandlebarsTemplate<object, object>> compile)
    {
        Source = source;
        var text = ValueMarker.Strip(source.Text);
        _compiled = new Lazy<HandlebarsTemplate<object, object>>(() => compile(text), LazyThreadSafetyMode.ExecutionAndPublication);
        _plain = PlainTemplate.TryParse(text);
    }

    public TemplateSource Source { get; }
    public string Text => Source.Text;

    /// <summary>Compiles now; the Handlebars error when the template does not compile, else null.</summary>
    public string? CompileError()
    {
        try
        {
            _ = _compiled.Value;
            return null;
        }
        catch (HandlebarsException e)
        {
            return e.Message;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or NullReferenceException or IndexOutOfRangeException or InvalidCastException)
        {
            // Handlebars.Net's compiler fails on some malformed templates with these instead of its own exception
            // (fuzzing found two: an '{{#if}}' without a value, a second '{{else}}'); TemplateBlocks rejects those
            // before, and any other shape is still a diagnostic, never a crash.
            return $"the template does not compile ({e.GetType().Name})";
        }
    }

    /// <summary>
    /// Renders and folds whitespace, so a YAML folded block reads as one paragraph. Every value the template prints
    /// is kept apart from the author's text (<see cref="ValueMarker"/>), so renderers escape it whatever the template
    /// looks like.
    /// </summary>
    public MessageText Render(IReadOnlyDictionary<string, object?> context)
    {
        // The plain renderer gives Handlebars' output for what it renders; whatever it cannot, Handlebars renders.
        var raw = _plain is not null && _plain.TryRender(context, out var plain) ? plain : _compiled.Value(context);
        var folded = string.Join(' ', raw.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries))
            .Replace(" .", ".", StringComparison.Ordinal)
            .Replace(" ,", ",", StringComparison.Ordinal)
            .Replace(" ;", ";", StringComparison.Ordinal);
        return MessageText.FromMarked(folded);
    }
}

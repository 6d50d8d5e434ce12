namespace Analyzer.Families.Go.Parsers.GoStacks;

/// <summary>What the printed function name says about its package, computed once per distinct function.</summary>
internal sealed record GoFunctionName(string Function, string Package, bool IsStdlib)
{
    /// <summary>
    /// Splits the import path off a printed function name. The package ends at the first '.' after the last '/':
    /// <c>github.com/x/y.(*T).Method</c> → <c>github.com/x/y</c>, <c>os/signal.init·1</c> → <c>os/signal</c>,
    /// <c>gopkg.in/yaml%2ev2.f</c> → <c>gopkg.in/yaml.v2</c> (old runtimes URL-escape dots in the last element, which is
    /// what makes "first dot after the last slash" safe). A slash inside generic brackets is ignored.
    /// </summary>
    public static GoFunctionName Parse(string function)
    {
        var name = function.AsSpan();
        var bracket = name.IndexOf('[');
        var head = bracket >= 0 ? name[..bracket] : name;
        var slash = head.LastIndexOf('/');
        var dot = head[(slash + 1)..].IndexOf('.');
        var package = dot < 0 ? "" : function[..(slash + 1 + dot)];
        if (package.Contains('%', StringComparison.Ordinal))
            package = Uri.UnescapeDataString(package);
        return new GoFunctionName(function, package, IsStdlibPackage(package));
    }

    /// <summary>Standard library by name alone (no file at hand): see <see cref="GoStdlib.IsStdlibName"/>.</summary>
    public static bool IsStdlibPackage(string package) => GoStdlib.IsStdlibName(package);
}

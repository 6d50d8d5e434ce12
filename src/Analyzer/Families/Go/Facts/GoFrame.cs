using Analyzer.Rules.Facts;

namespace Analyzer.Families.Go.Facts;

/// <summary>One frame of a goroutine's stack, innermost first.</summary>
public sealed record GoFrame(
    [property: Field("Fully qualified function, e.g. net/http.(*conn).serve")] string Function,
    [property: Field("Import path of the function's package, e.g. net/http")] string Package,
    [property: Field("Source file as printed by the runtime")] string File,
    [property: Field("Source line")] long Line,
    [property: Field("Raw argument text between the parentheses, e.g. 0xc0000a4448, ...")] string Args,
    [property: Field("True for the standard library and runtime: the file lies under a GOROOT, or (no telling path) the first path element is a standard top-level name; GOPATH packages without a dot are not")] bool IsStdlib);

using Analyzer.Detection;
using Analyzer.Parsing;

namespace Analyzer.Fuzz;

/// <summary>
/// Every parser of one family reads the input as if detection had chosen it (a name can choose a parser for any
/// content). A parser may report problems; it must not throw: in `triage analyze` that is "a triage bug".
/// </summary>
internal sealed class FamilyTarget(string name, string family) : IFuzzTarget
{
    private IFormatParser[]? parsers;

    public string Name => name;

    public void Run(byte[] input)
    {
        parsers ??= FuzzTargets.Family(family).Parsers.Select(p => p.Parser).ToArray();
        foreach (var parser in parsers)
        {
            var context = new ParseContext("fuzz/input", new MemoryStream(input, writable: false), _ => { });
            parser.Parse(context);
        }
    }
}

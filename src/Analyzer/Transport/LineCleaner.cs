using System.Buffers;
using Analyzer.Text;
using Analyzer.Transport.Unwrappers;

namespace Analyzer.Transport;

/// <summary>
/// Applies a learned <see cref="WrapperStack"/> to one line at a time: the outermost wrapper must be there, inner ones
/// are removed where present (a journal where only one program writes CRI lines). Rewritten payloads live in two
/// pooled scratch buffers used in turn, so a line costs no allocation. When the wrapping changes mid-file (a second
/// paste below the first), <see cref="RelearnAfter"/> missed lines in a row are learned from again.
/// </summary>
internal sealed class LineCleaner : IDisposable
{
    public const int RelearnAfter = 8;

    private char[] _a;
    private char[] _b;
    private readonly string[] _misses = new string[RelearnAfter];
    private int _missRun;
    private readonly List<(int Line, WrapperStack Stack)> _regimes = [];

    public LineCleaner(WrapperStack stack, int maxLineChars = LineReader.DefaultMaxLineBytes)
    {
        Stack = stack;
        _a = ArrayPool<char>.Shared.Rent(maxLineChars + 1);
        _b = ArrayPool<char>.Shared.Rent(maxLineChars + 1);
        _regimes.Add((1, stack));
    }

    public WrapperStack Stack { get; private set; }

    /// <summary>The stacks used and the line each took over at, for the inventory note.</summary>
    public IReadOnlyList<(int Line, WrapperStack Stack)> Regimes => _regimes;

    public LineOutcome Clean(ReadOnlySpan<char> line, int lineNumber, out LineParts parts)
    {
        var outcome = Apply(line, out parts);
        if (outcome == LineOutcome.Missed && Stack.Layers.Count > 0)
        {
            _misses[_missRun++] = line.ToString();
            if (_missRun == RelearnAfter)
            {
                _missRun = 0;
                var learned = StackLearner.Learn(_misses);
                if (learned.Layers.Count > 0)
                {
                    Stack = learned;
                    _regimes.Add((lineNumber + 1, learned));
                }
            }
        }
        else if (outcome == LineOutcome.Unwrapped)
            _missRun = 0;
        return outcome;
    }

    private LineOutcome Apply(ReadOnlySpan<char> line, out LineParts parts)
    {
        parts = new LineParts { Payload = line, Number = -1 };
        var inA = false; // which scratch buffer holds parts.Payload (when rewritten)
        Cleaners(ref parts, ref inA);
        if (Stack.Layers.Count == 0)
            return parts.Payload.IsWhiteSpace() ? LineOutcome.Blank : LineOutcome.Unwrapped;
        if (parts.Payload.IsWhiteSpace())
            return LineOutcome.Blank;
        for (var k = 0; k < Stack.Layers.Count; k++)
        {
            var layer = Stack.Layers[k];
            var target = inA ? _b : _a;
            if (!layer.TryUnwrap(parts.Payload, target, ref parts))
            {
                if (k == 0) return LineOutcome.Missed;
                continue;
            }
            if (layer.Rewrites)
            {
                inA = ReferenceEquals(target, _a);
                Cleaners(ref parts, ref inA); // a json-file string may carry \u001b colour codes
            }
        }
        return LineOutcome.Unwrapped;
    }

    private void Cleaners(ref LineParts parts, ref bool inA)
    {
        if (Stack.Ansi && AnsiUnwrapper.Instance.TryUnwrap(parts.Payload, inA ? _b : _a, ref parts))
            inA = !inA;
        if (Stack.Nbsp && NbspUnwrapper.Instance.TryUnwrap(parts.Payload, inA ? _b : _a, ref parts))
            inA = !inA;
    }

    public void Dispose()
    {
        if (_a.Length > 0)
        {
            ArrayPool<char>.Shared.Return(_a);
            ArrayPool<char>.Shared.Return(_b);
            _a = _b = [];
        }
    }
}

using Analyzer.Transport.Unwrappers;

namespace Analyzer.Transport;

/// <summary>
/// Decides which wrappers a file uses from its first lines. A wrapper is taken only when it explains most of them
/// (<see cref="Share"/>), so one Go line such as <c>fatal error: x</c> never makes the file a syslog; then the
/// payloads are searched again for the next layer (a journal carrying CRI lines carrying a Go panic, or a journal
/// carrying a journal).
/// </summary>
internal static class StackLearner
{
    /// <summary>Non-empty lines looked at.</summary>
    public const int SampleLines = 40;

    /// <summary>The share of sample lines a wrapper must explain, in percent.</summary>
    public const int Share = 60;

    private const int MaxDepth = 4;

    public static WrapperStack Learn(IEnumerable<string> lines)
    {
        var sample = lines.Where(l => l.Trim().Length > 0).Take(SampleLines).ToList();
        if (sample.Count < 2)
            return WrapperStack.None;
        var ansi = sample.Any(l => l.Contains('\u001b'));
        var nbsp = sample.Any(l => l.AsSpan().IndexOfAny('\u00a0', '\u202f') >= 0);
        var current = sample.Select(l => Clean(l, ansi, nbsp)).ToList();
        var layers = new List<IUnwrapper>();
        var scratch = new char[current.Max(l => l.Length) + 1];
        for (var depth = 0; depth < MaxDepth; depth++)
        {
            var nonEmpty = current.Where(l => l.Trim().Length > 0).ToList();
            if (nonEmpty.Count < 2)
                break;
            IUnwrapper? best = null;
            List<string>? bestPayloads = null;
            var bestCount = 0;
            // The same wrapper may come twice: a journal exported with journalctl and then logged again by a service
            // that cats it, or a quote inside a quote. The share rule keeps one stray look-alike line from counting.
            foreach (var candidate in UnwrapperCatalog.Layers)
            {
                var payloads = new List<string>();
                var last = -1L;
                var ordered = true;
                foreach (var line in nonEmpty)
                {
                    var parts = new LineParts { Number = -1 };
                    if (!candidate.TryUnwrap(line, scratch, ref parts))
                        continue;
                    if (parts.Number >= 0)
                    {
                        ordered &= parts.Number > last;
                        last = parts.Number;
                    }
                    payloads.Add(Clean(parts.Payload.ToString(), ansi, nbsp));
                }
                if (ordered && payloads.Count > bestCount)
                {
                    best = candidate;
                    bestCount = payloads.Count;
                    bestPayloads = payloads;
                }
            }
            if (best is null || bestCount < 2 || bestCount * 100 < nonEmpty.Count * Share)
                break;
            layers.Add(best);
            current = bestPayloads!;
        }
        return layers.Count == 0 && !ansi && !nbsp ? WrapperStack.None : new WrapperStack(layers, ansi, nbsp);
    }

    private static string Clean(string line, bool ansi, bool nbsp)
    {
        if (!ansi && !nbsp) return line;
        var scratch = new char[line.Length];
        var parts = new LineParts { Payload = line };
        if (ansi && AnsiUnwrapper.Instance.TryUnwrap(line, scratch, ref parts))
            line = parts.Payload.ToString();
        if (nbsp && NbspUnwrapper.Instance.TryUnwrap(line, scratch, ref parts))
            line = parts.Payload.ToString();
        return line;
    }
}

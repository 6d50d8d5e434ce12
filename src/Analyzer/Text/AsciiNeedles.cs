using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Analyzer.Text;

/// <summary>
/// Finds the first place in raw bytes where any of a few ASCII needles occurs, in one vectorised pass that stays cheap
/// per byte: every needle is watched for through one pair of adjacent literal bytes in it (its fingerprint), chosen so
/// that needles share pairs: <c>panic: </c>, <c>fatal error: </c> and <c>WARNING: DATA RACE</c> are all found
/// through their <c>": "</c>. Each 16-byte block is compared with the few distinct pairs (two overlapping loads), and
/// only where a pair occurs are its needles checked in full around it. It uses only the SSE2/AdvSimd baseline: a
/// table-driven multi-string search such as <c>SearchValues&lt;string&gt;</c> needs byte shuffles, which the Native AOT
/// baseline emulates in software (measured: slower than decoding every line).
/// <para>
/// A needle character <see cref="Digit"/> matches any ASCII digit (never part of a fingerprint), and a needle may
/// carry a check of its surroundings (<see cref="NeedleCheck"/>), for a needle that only counts in context.
/// </para>
/// </summary>
internal sealed class AsciiNeedles
{
    /// <summary>In a needle: any of <c>0</c>–<c>9</c>.</summary>
    public const char Digit = '\u0001';

    /// <summary>Whether the needle found at <paramref name="at"/> in <paramref name="text"/> counts.</summary>
    public delegate bool NeedleCheck(ReadOnlySpan<byte> text, int at);

    private readonly Vector128<byte>[] _first;   // per fingerprint: its first byte, broadcast
    private readonly Vector128<byte>[] _second;  // per fingerprint: its second byte, broadcast
    private readonly byte[][] _pairs;            // per fingerprint: the two bytes
    private readonly Candidate[][] _byPair;      // per fingerprint: the needles watched through it
    private readonly bool[]?[] _before;          // per fingerprint: the bytes that can come just before it, if known
    private readonly int _maxOffset;             // the largest distance from a needle's start to its fingerprint

    private sealed record Candidate(byte[] Needle, int Offset, NeedleCheck? Check);

    public AsciiNeedles(IReadOnlyList<(string Needle, NeedleCheck? Check)> needles)
    {
        // No line break in a needle: a reader that skips whole lines relies on a needle lying within one line.
        if (needles.Count == 0 || needles.Any(n => !System.Text.Ascii.IsValid(n.Needle) || n.Needle.Contains('\n') || LiteralPairs(n.Needle).Count == 0))
            throw new ArgumentException("needles are ASCII, within one line, with two adjacent literal characters", nameof(needles));
        // Greedy set cover: take the pair that the most needles still unwatched contain, until every needle is watched.
        // The fewer distinct pairs, the fewer compares per block.
        var pairsOf = needles.Select(n => LiteralPairs(n.Needle)).ToList();
        var watchedBy = new (string Pair, int Offset)?[needles.Count];
        while (Array.IndexOf(watchedBy, null) is var open and >= 0)
        {
            var pair = Enumerable.Range(0, needles.Count).Where(n => watchedBy[n] is null)
                .SelectMany(n => pairsOf[n].Select(p => p.Pair).Distinct())
                .GroupBy(p => p).OrderByDescending(g => g.Count()).ThenBy(g => pairsOf[open].FindIndex(p => p.Pair == g.Key) is var k and >= 0 ? k : int.MaxValue)
                .First().Key;
            for (var n = 0; n < needles.Count; n++)
            {
                if (watchedBy[n] is null && pairsOf[n].FindIndex(p => p.Pair == pair) is var k and >= 0)
                    watchedBy[n] = pairsOf[n][k];
            }
        }
        var chosen = needles.Select((n, i) => (watchedBy[i]!.Value.Pair,
                Candidate: new Candidate(System.Text.Encoding.ASCII.GetBytes(n.Needle), watchedBy[i]!.Value.Offset, n.Check)))
            .GroupBy(c => c.Pair).ToList();
        _pairs = chosen.Select(g => new[] { (byte)g.Key[0], (byte)g.Key[1] }).ToArray();
        _first = _pairs.Select(p => Vector128.Create(p[0])).ToArray();
        _second = _pairs.Select(p => Vector128.Create(p[1])).ToArray();
        _byPair = chosen.Select(g => g.Select(c => c.Candidate).ToArray()).ToArray();
        _before = _byPair.Select(BytesBefore).ToArray();
        _maxOffset = _byPair.SelectMany(c => c).Max(c => c.Offset);
    }

    /// <summary>
    /// The bytes that come just before a fingerprint in its needles, or null when one of them starts with it. A common
    /// fingerprint (<c>": "</c> is on every syslog line) is then mostly turned down by one table look-up, without
    /// trying each of its needles.
    /// </summary>
    private static bool[]? BytesBefore(Candidate[] candidates)
    {
        if (candidates.Any(c => c.Offset == 0))
            return null;
        var before = new bool[256];
        foreach (var c in candidates)
        {
            var b = c.Needle[c.Offset - 1];
            if (b == Digit)
                for (var d = '0'; d <= '9'; d++) before[d] = true;
            else
                before[b] = true;
        }
        return before;
    }

    /// <summary>Adjacent literal (non-<see cref="Digit"/>) character pairs of a needle, with their offsets.</summary>
    private static List<(string Pair, int Offset)> LiteralPairs(string needle) =>
        Enumerable.Range(0, Math.Max(0, needle.Length - 1))
            .Where(i => needle[i] != Digit && needle[i + 1] != Digit)
            .Select(i => (needle.Substring(i, 2), i)).ToList();

    /// <summary>The offset of the first needle that occurs (and passes its check) in <paramref name="text"/>, or -1.</summary>
    public int IndexOfAny(ReadOnlySpan<byte> text)
    {
        var best = -1;
        var i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            while (true)
            {
                i = NextBlockWithFingerprint(text, i, out var bits);
                if (bits == 0)
                    break; // i is where the blocks end
                while (bits != 0)
                {
                    var at = i + BitOperations.TrailingZeroCount(bits);
                    if (best >= 0 && at > best + _maxOffset)
                        return best; // no fingerprint this far on can belong to a needle that starts earlier
                    best = Earliest(text, at, best);
                    bits &= bits - 1;
                }
                i += Vector128<byte>.Count;
            }
        }
        for (; i + 1 < text.Length; i++)
        {
            if (best >= 0 && i > best + _maxOffset)
                return best;
            best = Earliest(text, i, best);
        }
        return best;
    }

    /// <summary>
    /// From the 16-byte block at <paramref name="i"/> on, the first block where a fingerprint starts: its offset, and in
    /// <paramref name="bits"/> the lanes where one does. Without one: where the whole blocks end, and no bits. A loop of
    /// its own, with no call in it, so the fingerprints stay in registers (across a call they would be spilled and
    /// reloaded for every block); the first four are held so, an absent one repeating the first (the same hits).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int NextBlockWithFingerprint(ReadOnlySpan<byte> text, int i, out uint bits)
    {
        var (first0, second0) = (_first[0], _second[0]);
        var (first1, second1) = _first.Length > 1 ? (_first[1], _second[1]) : (first0, second0);
        var (first2, second2) = _first.Length > 2 ? (_first[2], _second[2]) : (first0, second0);
        var (first3, second3) = _first.Length > 3 ? (_first[3], _second[3]) : (first0, second0);
        ref var start = ref MemoryMarshal.GetReference(text);
        for (; i + Vector128<byte>.Count + 1 <= text.Length; i += Vector128<byte>.Count)
        {
            // Two overlapping loads: lane j of the second holds the byte after lane j of the first.
            var at0 = Vector128.LoadUnsafe(ref start, (nuint)i);
            var at1 = Vector128.LoadUnsafe(ref start, (nuint)(i + 1));
            var hits = (Vector128.Equals(at0, first0) & Vector128.Equals(at1, second0))
                | (Vector128.Equals(at0, first1) & Vector128.Equals(at1, second1))
                | (Vector128.Equals(at0, first2) & Vector128.Equals(at1, second2))
                | (Vector128.Equals(at0, first3) & Vector128.Equals(at1, second3));
            for (var p = 4; p < _first.Length; p++)
                hits |= Vector128.Equals(at0, _first[p]) & Vector128.Equals(at1, _second[p]);
            bits = hits.ExtractMostSignificantBits();
            if (bits != 0)
                return i;
        }
        bits = 0;
        return i;
    }

    /// <summary>The earlier of <paramref name="best"/> and any needle whose fingerprint is at <paramref name="at"/>.</summary>
    private int Earliest(ReadOnlySpan<byte> text, int at, int best)
    {
        for (var p = 0; p < _pairs.Length; p++)
        {
            var pair = _pairs[p];
            if (text[at] != pair[0] || text[at + 1] != pair[1])
                continue;
            if (_before[p] is { } before && (at == 0 || !before[text[at - 1]]))
                continue;
            foreach (var candidate in _byPair[p])
            {
                var from = at - candidate.Offset;
                if (from >= 0 && (best < 0 || from < best) && from + candidate.Needle.Length <= text.Length
                    && Matches(text[from..], candidate.Needle) && (candidate.Check is not { } check || check(text, from)))
                    best = from;
            }
        }
        return best;
    }

    private static bool Matches(ReadOnlySpan<byte> text, byte[] needle)
    {
        for (var k = 0; k < needle.Length; k++)
        {
            var expected = needle[k];
            if (expected == Digit ? !char.IsAsciiDigit((char)text[k]) : text[k] != expected)
                return false;
        }
        return true;
    }
}

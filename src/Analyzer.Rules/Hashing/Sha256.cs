using System.Buffers.Binary;
using System.Numerics;

namespace Analyzer.Rules.Hashing;

/// <summary>
/// SHA-256 (FIPS 180-4) in managed code. On Linux the base library's SHA-256 is OpenSSL's, and loading and
/// initialising libssl and libcrypto took about 6 ms of a 45 ms analysis — more than the whole run of the peer tools
/// a small bundle is measured against. What an analysis still hashes with SHA-256 is small (finding fingerprints, the
/// flame script); this code is about 8× slower than OpenSSL on bulk data, so rule files are not hashed with it on
/// start-up (the pack's staleness digest is XXH128, and the rules digest is stored in the pack). The digests are
/// contracts (fingerprints in reports and baselines), so the algorithm stays SHA-256; tests compare this
/// implementation with the base library's on the standard vectors and random inputs.
/// </summary>
public sealed class Sha256
{
    public const int HashSize = 32;
    private const int BlockSize = 64;

    private static ReadOnlySpan<uint> K =>
    [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ];

    private readonly uint[] _state = new uint[8];
    private readonly byte[] _buffer = new byte[BlockSize];
    private int _buffered;
    private ulong _length;

    public Sha256() => Reset();

    /// <summary>The SHA-256 of <paramref name="data"/>.</summary>
    public static byte[] HashData(ReadOnlySpan<byte> data)
    {
        var sha = new Sha256();
        sha.AppendData(data);
        return sha.GetHashAndReset();
    }

    public void AppendData(ReadOnlySpan<byte> data)
    {
        _length += (ulong)data.Length;
        if (_buffered > 0)
        {
            var take = Math.Min(BlockSize - _buffered, data.Length);
            data[..take].CopyTo(_buffer.AsSpan(_buffered));
            _buffered += take;
            data = data[take..];
            if (_buffered < BlockSize) return;
            Compress(_buffer);
            _buffered = 0;
        }
        while (data.Length >= BlockSize)
        {
            Compress(data[..BlockSize]);
            data = data[BlockSize..];
        }
        data.CopyTo(_buffer);
        _buffered = data.Length;
    }

    /// <summary>The hash of everything appended since the last reset; the instance starts over.</summary>
    public byte[] GetHashAndReset()
    {
        var bits = _length * 8;
        // Padding: a 1 bit, zeros up to 56 bytes into a block, then the message length in bits, big-endian.
        Span<byte> tail = stackalloc byte[BlockSize * 2];
        tail.Clear();
        _buffer.AsSpan(0, _buffered).CopyTo(tail);
        tail[_buffered] = 0x80;
        var total = _buffered < BlockSize - 8 ? BlockSize : BlockSize * 2;
        BinaryPrimitives.WriteUInt64BigEndian(tail.Slice(total - 8), bits);
        Compress(tail[..BlockSize]);
        if (total > BlockSize)
            Compress(tail.Slice(BlockSize, BlockSize));
        var hash = new byte[HashSize];
        for (var i = 0; i < 8; i++)
            BinaryPrimitives.WriteUInt32BigEndian(hash.AsSpan(i * 4), _state[i]);
        Reset();
        return hash;
    }

    private void Reset()
    {
        _state[0] = 0x6a09e667; _state[1] = 0xbb67ae85; _state[2] = 0x3c6ef372; _state[3] = 0xa54ff53a;
        _state[4] = 0x510e527f; _state[5] = 0x9b05688c; _state[6] = 0x1f83d9ab; _state[7] = 0x5be0cd19;
        _buffered = 0;
        _length = 0;
    }

    private void Compress(ReadOnlySpan<byte> block)
    {
        // Spans sized by the loops' own bounds let the JIT drop the bounds checks; the schedule lives on the stack.
        Span<uint> w = stackalloc uint[64];
        ReadOnlySpan<uint> k = K;
        if (block.Length < BlockSize || k.Length < 64) throw new ArgumentException("a SHA-256 block is 64 bytes", nameof(block));
        for (var i = 0; i < 16; i++)
            w[i] = BinaryPrimitives.ReadUInt32BigEndian(block.Slice(i * 4, 4));
        for (var i = 16; i < w.Length; i++)
        {
            uint x = w[i - 15], y = w[i - 2];
            var s0 = BitOperations.RotateRight(x, 7) ^ BitOperations.RotateRight(x, 18) ^ (x >> 3);
            var s1 = BitOperations.RotateRight(y, 17) ^ BitOperations.RotateRight(y, 19) ^ (y >> 10);
            w[i] = w[i - 16] + s0 + w[i - 7] + s1;
        }
        var state = _state.AsSpan(0, 8);
        uint a = state[0], b = state[1], c = state[2], d = state[3], e = state[4], f = state[5], g = state[6], h = state[7];
        for (var i = 0; i < w.Length; i++)
        {
            var t1 = h + (BitOperations.RotateRight(e, 6) ^ BitOperations.RotateRight(e, 11) ^ BitOperations.RotateRight(e, 25))
                     + ((e & f) ^ (~e & g)) + k[i] + w[i];
            var t2 = (BitOperations.RotateRight(a, 2) ^ BitOperations.RotateRight(a, 13) ^ BitOperations.RotateRight(a, 22))
                     + ((a & b) ^ (a & c) ^ (b & c));
            h = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
        }
        state[0] += a; state[1] += b; state[2] += c; state[3] += d;
        state[4] += e; state[5] += f; state[6] += g; state[7] += h;
    }
}

using System.Text;
using Analyzer.Rules.Hashing;

namespace Analyzer.Rules.Tests.Hashing;

/// <summary>The managed SHA-256 against the FIPS 180-4 examples and the base library's, on every padding boundary and in pieces.</summary>
public sealed class Sha256Tests
{
    [Theory]
    [InlineData("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    [InlineData("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")]
    public void Standard_vectors(string message, string hex) =>
        Assert.Equal(hex, Convert.ToHexStringLower(Sha256.HashData(Encoding.ASCII.GetBytes(message))));

    [Fact]
    public void A_million_a()
    {
        var sha = new Sha256();
        var chunk = Encoding.ASCII.GetBytes(new string('a', 1000));
        for (var i = 0; i < 1000; i++) sha.AppendData(chunk);
        Assert.Equal("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0", Convert.ToHexStringLower(sha.GetHashAndReset()));
    }

    [Fact]
    public void Equals_the_base_library_on_every_length_up_to_three_blocks_and_on_random_data_in_random_pieces()
    {
        var random = new Random(20261203);
        for (var length = 0; length <= 200; length++)
        {
            var data = new byte[length];
            random.NextBytes(data);
            Assert.Equal(System.Security.Cryptography.SHA256.HashData(data), Sha256.HashData(data));
        }
        var sha = new Sha256();
        for (var round = 0; round < 50; round++)
        {
            var data = new byte[random.Next(0, 20_000)];
            random.NextBytes(data);
            for (var at = 0; at < data.Length;)
            {
                var piece = Math.Min(random.Next(0, 150), data.Length - at);
                sha.AppendData(data.AsSpan(at, piece));
                at += piece;
            }
            Assert.Equal(System.Security.Cryptography.SHA256.HashData(data), sha.GetHashAndReset()); // and starts over
        }
    }
}

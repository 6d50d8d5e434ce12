using Analyzer.Inventory;

namespace Analyzer.Tests.Parsers.PprofProto;

/// <summary>Cut-off and damaged profiles: a problem is reported, nothing throws.</summary>
public sealed class PprofRobustnessTests
{
    private static byte[] SampleRaw() => PprofHarness.Gunzip(PprofHarness.SampleBytes(PprofHarness.CpuSample));

    [Fact]
    public void Truncated_raw_profile_is_partial_with_what_was_read()
    {
        var raw = SampleRaw();
        var run = PprofHarness.Run(raw[..(raw.Length * 2 / 3)]);
        Assert.Equal(InputStatus.Partial, run.Context.Status);
        Assert.Contains(run.Context.Problems, p => p.Contains("cut off", StringComparison.Ordinal));
        // This writer puts the string table last, so a cut profile keeps its shape but loses its names.
        Assert.Equal(2, run.Profile.SampleTypes.Count);
        Assert.Contains(run.Context.Problems, p => p.Contains("string table", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(10)]
    [InlineData(100)]
    [InlineData(500)]
    [InlineData(1000)]
    public void Truncated_gzip_never_throws(int keep)
    {
        var gz = PprofHarness.SampleBytes(PprofHarness.CpuSample);
        var run = PprofHarness.Run(gz[..Math.Min(keep, gz.Length - 1)]);
        Assert.True(run.Context.Status is InputStatus.Partial or InputStatus.Failed, string.Join("; ", run.Context.Problems));
        Assert.NotEmpty(run.Context.Problems);
    }

    [Fact]
    public void Every_prefix_of_the_raw_profile_is_handled()
    {
        // A cut exactly between two top-level fields is undetectable (protobuf has no end marker) when the string
        // table is already complete; every other cut must be reported.
        var raw = SampleRaw();
        var unnoticed = 0;
        for (var length = 0; length < raw.Length; length += 7)
        {
            var run = PprofHarness.Run(raw[..length]);
            if (run.Context.Status == InputStatus.Parsed)
                unnoticed++;
        }
        Assert.True(unnoticed <= 5, $"{unnoticed} cuts went unnoticed");
    }

    [Fact]
    public void Flipped_bytes_never_throw()
    {
        var raw = SampleRaw();
        var random = new Random(42);
        for (var i = 0; i < 300; i++)
        {
            var copy = (byte[])raw.Clone();
            for (var k = 0; k < 4; k++)
                copy[random.Next(copy.Length)] = (byte)random.Next(256);
            var run = PprofHarness.Run(copy);
            Assert.True(run.Context.Status != InputStatus.Failed || run.Facts.Count == 0);
        }
    }

    [Fact]
    public void Garbage_is_unrecognized_and_empty_input_fails_cleanly()
    {
        // Bytes that are not protobuf from the first one are another format named like a profile, not a damaged one.
        var garbage = PprofHarness.Run([0xff, 0xff, 0xff]);
        Assert.Equal(InputStatus.Unrecognized, garbage.Context.Status);
        Assert.Empty(garbage.Facts);
        var empty = PprofHarness.Run([]);
        Assert.Equal(InputStatus.Failed, empty.Context.Status);
        Assert.Contains("empty", empty.Context.Problems[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_naming_an_unknown_location_is_partial()
    {
        var bytes = new ProfileBuilder().SampleType("samples", "count").Location("f").Sample([1, 99], 1).Build();
        var run = PprofHarness.Run(bytes);
        Assert.Equal(InputStatus.Partial, run.Context.Status);
        Assert.Equal(1, run.Function("f").Flat);
    }
    [Fact]
    public void Damaged_sample_is_skipped_by_every_pass_and_the_rest_still_count()
    {
        var good = new ProfileBuilder().SampleType("samples", "count").Location("f").Location("main").Sample([1, 2], 3).Build();
        // A sample (field 2) of sound length whose location ids end in a cut-off varint.
        byte[] damaged = [0x12, 0x02, 0x08, 0x80];
        var run = PprofHarness.Run([.. good, .. damaged]);
        Assert.Equal(InputStatus.Partial, run.Context.Status);
        Assert.Contains(run.Context.Problems, p => p.StartsWith("1 damaged samples skipped", StringComparison.Ordinal));
        Assert.Equal(1, run.Profile.Samples);
        Assert.Equal((3L, 3L), (run.Function("f").Flat, run.Function("f").Cum));
        var tree = Assert.Single(run.Facts.OfType<Analyzer.Families.Go.Facts.FlameTree>());
        Assert.Equal(3, tree.Total);
        Assert.Equal(["main", "f"], tree.Nodes.Select(n => n.Function));
    }
}

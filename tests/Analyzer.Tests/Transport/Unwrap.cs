using Analyzer.Transport;

namespace Analyzer.Tests.Transport;

/// <summary>One unwrapper applied to one sample line, with what it learned as strings.</summary>
internal sealed record Unwrap(string Payload, string Tag, string Program, string Stream, long Number)
{
    public static Unwrap? Of(IUnwrapper unwrapper, string line)
    {
        var scratch = new char[line.Length + 1];
        var parts = new LineParts { Payload = line, Number = -1 };
        return unwrapper.TryUnwrap(line, scratch, ref parts)
            ? new Unwrap(parts.Payload.ToString(), parts.Tag.ToString(), parts.Program.ToString(), parts.Stream.ToString(), parts.Number)
            : null;
    }

    public static Unwrap Must(IUnwrapper unwrapper, string line) =>
        Of(unwrapper, line) ?? throw new Xunit.Sdk.XunitException($"{unwrapper.Name} did not recognise: {line}");
}

namespace Analyzer.Pipeline;

/// <summary>
/// The inventory reason when a parser or scan throws. A parser that meets bad input says why in its own words; an
/// exception reaching here is a triage bug, so the reason says that, and not the .NET text ("Value was either too
/// large or too small for a TimeSpan", "Unable to translate bytes…"), which tells the reader nothing about the input.
/// </summary>
internal static class ParserFailure
{
    public static string Reason(string what, Exception e) =>
        $"{what} stopped on this input (a triage bug, {e.GetType().Name}; please report it): what was read before is kept";
}

namespace Analyzer.Transport;

/// <summary>One line of an entry's head as written, as cleaned, and the program that wrote it ("" if unnamed).</summary>
internal sealed record HeadLine(string Raw, string Clean, string Program, LineOutcome Outcome);

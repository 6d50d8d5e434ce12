namespace Analyzer.Reporting;

/// <summary>Draw the flame graph of the profile at <paramref name="ProfilePath"/> (its <c>FlameTree</c>) after the table.</summary>
public sealed record FlameGraphFigure(string ProfilePath) : TableFigure;

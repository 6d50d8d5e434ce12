namespace Analyzer.Reporting;

/// <summary>What picture belongs to a <see cref="ReportTable"/>; see the derived records.</summary>
public abstract record TableFigure;

using Analyzer.Detection;

namespace Analyzer.Families;

/// <summary>
/// A parser and its rank in the detection order. When two parsers claim an entry with the same confidence the lower
/// rank wins, so ranks are global across families; the approved snapshot of the order
/// (tests/Analyzer.Tests/FamilyModules/detection-order.approved.txt) makes every change to it visible in review.
/// </summary>
public sealed record RankedParser(int Rank, IFormatParser Parser);

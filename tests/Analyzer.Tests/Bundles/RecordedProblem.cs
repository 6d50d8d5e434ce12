using Analyzer.Inventory;

namespace Analyzer.Tests.Bundles;

internal sealed record RecordedProblem(string Path, InputStatus Status, string Reason);

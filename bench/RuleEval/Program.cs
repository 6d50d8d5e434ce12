using System.Diagnostics;
using System.Globalization;
using Analyzer.Pipeline;
using Analyzer.Rules.Engine;

// Evaluates the shipped rules over each bundle's facts again and again, after a warm-up, and prints the mean time
// of one evaluation: the cost of the expression engine (and the join planner), without reading or parsing.
//   dotnet run -c Release --project bench/RuleEval -- RULES_DIR ITERATIONS BUNDLE...
var rulesDir = args[0];
var iterations = int.Parse(args[1], CultureInfo.InvariantCulture);
var loaded = RuleLoading.Load([rulesDir]);
if (loaded.Rules is null)
{
    Console.Error.WriteLine("rules did not load");
    return 2;
}
double total = 0;
double totalCpu = 0;
foreach (var bundle in args.Skip(2))
{
    var facts = BundleFactReader.Read(bundle).Facts;
    for (var i = 0; i < 3; i++)
        Evaluator.Evaluate(loaded.Rules, facts.Fresh());
    var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
    var sw = Stopwatch.StartNew();
    var findings = 0;
    for (var i = 0; i < iterations; i++)
        findings = Evaluator.Evaluate(loaded.Rules, facts.Fresh()).Findings.Count;
    var ms = sw.Elapsed.TotalMilliseconds / iterations;
    // CPU time is steadier than wall time on a shared machine.
    var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalMilliseconds / iterations;
    total += ms;
    totalCpu += cpu;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{Path.GetFileName(bundle.TrimEnd('/')),-28} {facts.Count,8} facts {findings,4} findings {ms,9:F3} ms wall {cpu,9:F3} ms CPU per evaluation"));
}
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"total",-28} {total,9:F3} ms wall {totalCpu,9:F3} ms CPU"));
return 0;

using Analyzer.Fuzz;

// fuzz/run.sh starts this under afl-fuzz: `Fuzz TARGET` reads inputs from AFL (SharpFuzz persistent mode).
// `Fuzz TARGET --replay FILE...` runs saved inputs once each (a crash AFL found, a seed), without AFL.
if (args.Length == 0 || FuzzTargets.Find(args[0]) is not { } target)
{
    Console.Error.WriteLine($"usage: Fuzz TARGET [--replay FILE...]; targets: {string.Join(", ", FuzzTargets.Names)}");
    return 2;
}

if (args.Length > 1 && args[1] == "--replay")
{
    foreach (var file in args[2..])
    {
        Console.WriteLine(file);
        target.Run(File.ReadAllBytes(file));
    }

    return 0;
}

SharpFuzz.Fuzzer.Run(stream =>
{
    using var copy = new MemoryStream();
    stream.CopyTo(copy);
    target.Run(copy.ToArray());
});
return 0;

using System.Globalization;
using PostmortemSite.Bench;

// postmortemsite-bench generate --count N --seed S --out DIR [--hugo DIR]
if (args.Length == 0 || args[0] != "generate")
{
    Console.Error.WriteLine("usage: postmortemsite-bench generate --count N [--seed S] --out DIR [--hugo DIR]");
    return 2;
}

var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 1; i + 1 < args.Length; i += 2)
{
    options[args[i]] = args[i + 1];
}

if (!options.TryGetValue("--count", out var countText) || !options.TryGetValue("--out", out var output))
{
    Console.Error.WriteLine("generate needs --count and --out");
    return 2;
}

var count = int.Parse(countText, CultureInfo.InvariantCulture);
var seed = options.TryGetValue("--seed", out var seedText) ? ulong.Parse(seedText, CultureInfo.InvariantCulture) : 1UL;
var written = LibraryGenerator.Write(count, seed, output, options.GetValueOrDefault("--hugo"));
Console.WriteLine($"wrote {written} postmortems (seed {seed}) to {output}");
return 0;

using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/PostmortemSite.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(PostmortemSite.Benchmarks.StageBenchmarks).Assembly).Run(args);

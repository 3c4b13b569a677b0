using System.Diagnostics;

namespace PostmortemSite.Cli.Commands;

/// <summary>
/// Notes when each build stage starts, with the memory allocated and the garbage-collection pause so far, so
/// <c>build --timings</c> can say where the time went.
/// </summary>
internal sealed class StageTimings(IProgress<BuildProgress> inner) : IProgress<BuildProgress>
{
    private readonly Stopwatch _stopwatch = Stopwatch.StartNew();
    private readonly List<Mark> _marks = [];
    private readonly Lock _gate = new();

    public void Report(BuildProgress value)
    {
        inner.Report(value);
        lock (_gate)
        {
            if (_marks.Count == 0 || _marks[^1].Stage != value.Stage)
            {
                _marks.Add(Mark.Now(value.Stage, _stopwatch.Elapsed));
            }
        }
    }

    /// <summary>One line per stage: seconds, share of the whole, garbage-collection pause and megabytes allocated.</summary>
    public IReadOnlyList<string> Lines()
    {
        lock (_gate)
        {
            var end = Mark.Now(null, _stopwatch.Elapsed);
            var total = end.Elapsed.TotalSeconds;
            var lines = new List<string> { $"  {"stage",-10} {"seconds",8} {"share",6} {"cpu",8} {"gc pause",9} {"allocated",10}" };
            for (var i = 0; i < _marks.Count && _marks[i].Stage != BuildStage.Done; i++)
            {
                var next = i + 1 < _marks.Count ? _marks[i + 1] : end;
                lines.Add(Line(_marks[i].Stage!.Value.Name(), _marks[i], next, total));
            }

            lines.Add(Line("total", new Mark(null, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, 0), end, total));
            lines.Add("  (the search index is built while pages render, so its time is part of rendering)");
            lines.Add($"  {GC.CollectionCount(0)} collections, {GC.CollectionCount(1)} of generation 1, {GC.CollectionCount(2)} of generation 2");
            return lines;
        }
    }

    private static string Line(string stage, Mark from, Mark to, double total)
    {
        var seconds = (to.Elapsed - from.Elapsed).TotalSeconds;
        return $"  {stage,-10} {seconds,8:0.00} {seconds / Math.Max(total, 1e-9),6:P0} {(to.Cpu - from.Cpu).TotalSeconds,7:0.00}s {(to.Pause - from.Pause).TotalSeconds,8:0.00}s {(to.Allocated - from.Allocated) / 1048576.0,7:N0} MB";
    }

    /// <param name="Cpu">Processor time used by the whole process so far: above the elapsed time when a stage runs on several cores.</param>
    private sealed record Mark(BuildStage? Stage, TimeSpan Elapsed, TimeSpan Cpu, TimeSpan Pause, long Allocated)
    {
        public static Mark Now(BuildStage? stage, TimeSpan elapsed) =>
            new(stage, elapsed, Environment.CpuUsage.TotalTime, GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes(precise: false));
    }
}

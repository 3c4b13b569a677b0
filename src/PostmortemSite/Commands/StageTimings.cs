using System.Diagnostics;

namespace PostmortemSite.Cli.Commands;

/// <summary>Notes when each build stage starts, so <c>build --timings</c> can say where the time went.</summary>
internal sealed class StageTimings(IProgress<BuildProgress> inner) : IProgress<BuildProgress>
{
    private readonly Stopwatch _stopwatch = Stopwatch.StartNew();
    private readonly List<(string Stage, TimeSpan Start)> _starts = [];
    private readonly Lock _gate = new();

    public void Report(BuildProgress value)
    {
        inner.Report(value);
        lock (_gate)
        {
            if (_starts.Count == 0 || _starts[^1].Stage != value.Stage)
            {
                _starts.Add((value.Stage, _stopwatch.Elapsed));
            }
        }
    }

    /// <summary>One line per stage: its name, seconds and share of the whole.</summary>
    public IReadOnlyList<string> Lines()
    {
        lock (_gate)
        {
            var total = _stopwatch.Elapsed;
            var lines = new List<string>();
            for (var i = 0; i < _starts.Count && _starts[i].Stage != "done"; i++)
            {
                var end = i + 1 < _starts.Count ? _starts[i + 1].Start : total;
                var seconds = (end - _starts[i].Start).TotalSeconds;
                lines.Add($"  {_starts[i].Stage,-10} {seconds,7:0.00} s {seconds / Math.Max(total.TotalSeconds, 1e-9),6:P0}");
            }

            return lines;
        }
    }
}

using System.Diagnostics;

namespace PostmortemSite.Cli.Commands;

/// <summary>
/// One redrawn line on the error stream saying which stage a long build or import is in. Short runs never show it
/// (a flash of progress is noise), and it is off unless the stream is a terminal.
/// </summary>
internal sealed class ProgressDisplay : IProgress<BuildProgress>, IDisposable
{
    public static readonly TimeSpan DefaultDelay = TimeSpan.FromSeconds(1.5);

    private readonly TextWriter _error;
    private readonly TimeProvider _clock;
    private readonly long _started;
    private readonly ITimer? _timer;
    private readonly Lock _gate = new();
    private BuildProgress? _latest;
    private int _width;
    private bool _disposed;

    /// <param name="clock">Drives the redraw timer and the elapsed seconds; tests pass a fake one they advance.</param>
    public ProgressDisplay(TextWriter error, bool enabled, TimeSpan delay, TimeSpan? interval = null, TimeProvider? clock = null)
    {
        _error = error;
        _clock = clock ?? TimeProvider.System;
        _started = _clock.GetTimestamp();
        if (enabled)
        {
            _timer = _clock.CreateTimer(_ => Draw(), null, delay, interval ?? TimeSpan.FromMilliseconds(250));
        }
    }

    public static ProgressDisplay For(CliConsole console) => new(console.Error, console.ErrorIsTerminal, DefaultDelay);

    public void Report(BuildProgress value) => Volatile.Write(ref _latest, value);

    public void Dispose()
    {
        _timer?.Dispose();
        lock (_gate)
        {
            _disposed = true;
            if (_width > 0)
            {
                _error.Write("\r" + new string(' ', _width) + "\r");
                _error.Flush();
                _width = 0;
            }
        }
    }

    internal static string Line(BuildProgress progress, TimeSpan elapsed)
    {
        var counts = progress.Total > 0 ? $" {progress.Done}/{progress.Total}" : "";
        var stage = progress.Stage.Name();
        return $"{char.ToUpperInvariant(stage[0])}{stage[1..]}{counts}… {elapsed.TotalSeconds:0}s";
    }

    private void Draw()
    {
        if (Volatile.Read(ref _latest) is not { } progress)
        {
            return;
        }

        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            var line = Line(progress, _clock.GetElapsedTime(_started));
            _error.Write("\r" + line.PadRight(_width));
            _error.Flush();
            _width = Math.Max(_width, line.Length);
        }
    }
}

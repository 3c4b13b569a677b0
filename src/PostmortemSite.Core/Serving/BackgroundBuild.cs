namespace PostmortemSite.Serving;

/// <summary>
/// A full rebuild running behind serve's quick updates. A newer change supersedes it: it is cancelled unless it
/// has begun to commit (write the output folder, publish, report), in which case it is let finish. So there is
/// only ever one writer, and a superseded build never reports a site older than the one already shown.
/// </summary>
internal sealed class BackgroundBuild
{
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _cancel;
    private bool _committing;
    private bool _finished;

    private BackgroundBuild(CancellationToken stopping) => _cancel = CancellationTokenSource.CreateLinkedTokenSource(stopping);

    /// <summary>Completes when the build has committed or stopped; faults only on a failure such as an I/O error.</summary>
    public Task Task { get; private set; } = Task.CompletedTask;

    public static BackgroundBuild Start(Func<BackgroundBuild, CancellationToken, Task> run, CancellationToken stopping)
    {
        var build = new BackgroundBuild(stopping);
        build.Task = Task.Run(async () =>
        {
            try
            {
                await run(build, build._cancel.Token);
            }
            catch (OperationCanceledException) when (build._cancel.IsCancellationRequested)
            {
                // Superseded by a newer change, or serve is stopping.
            }
            finally
            {
                lock (build._gate)
                {
                    build._finished = true;
                    build._cancel.Dispose();
                }
            }
        });
        return build;
    }

    /// <summary>
    /// Called between producing the site and writing it, the one point after which the build is let finish; throws
    /// once the build has been superseded.
    /// </summary>
    public void Commit()
    {
        lock (_gate)
        {
            _cancel.Token.ThrowIfCancellationRequested();
            _committing = true;
        }
    }

    /// <summary>Cancels the build, or, when it is already committing, waits until it has finished.</summary>
    public async Task SupersedeAsync()
    {
        lock (_gate)
        {
            if (_finished)
            {
                return;
            }

            if (!_committing)
            {
                _cancel.Cancel();
                return;
            }
        }

        await Task;
    }
}

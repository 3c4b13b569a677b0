using System.Threading.Channels;
using PostmortemSite.Model;
using PostmortemSite.Serving;
using PostmortemSite.Tests.Support;
using PostmortemSite.Theme;

namespace PostmortemSite.Tests.Serving;

/// <summary>A running preview of a small site in a temp folder, with each build it reports.</summary>
internal sealed class RunningPreview : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource<string> _address = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _run;

    public RunningPreview(TempFolder site)
    {
        var options = new SiteOptions(site.Combine("input"), site.Combine("output"));
        var session = new PreviewSession(options, () => DefaultTheme.Create(), site.Combine("theme"));
        _run = Task.Run(() => session.RunAsync(0, build => Builds.Writer.TryWrite(build), update => Updates.Writer.TryWrite(update), address => _address.TrySetResult(address), _stop.Token));
    }

    public Channel<PreviewBuild> Builds { get; } = Channel.CreateUnbounded<PreviewBuild>();

    /// <summary>Quick updates of edited incident pages, each before the full rebuild it is followed by.</summary>
    public Channel<PreviewUpdate> Updates { get; } = Channel.CreateUnbounded<PreviewUpdate>();

    public Task<string> Address => _address.Task.WaitAsync(TimeSpan.FromSeconds(60));

    public async Task<PreviewBuild> NextBuildAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        return await Builds.Reader.ReadAsync(timeout.Token);
    }

    public async Task<PreviewUpdate> NextUpdateAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        return await Updates.Reader.ReadAsync(timeout.Token);
    }

    public async Task<Task> StopAsync()
    {
        await _stop.CancelAsync();
        return await Task.WhenAny(_run, Task.Delay(TimeSpan.FromSeconds(10)));
    }

    public Task WhenStopped => _run;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAny(_run, Task.Delay(TimeSpan.FromSeconds(10)));
        _stop.Dispose();
    }
}

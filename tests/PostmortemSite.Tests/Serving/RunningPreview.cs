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

    /// <param name="onUpdate">Runs as serve reports a quick update, before the full rebuild after it starts.</param>
    public RunningPreview(TempFolder site, Action<PreviewUpdate>? onUpdate = null)
    {
        var options = new SiteOptions(site.Combine("input"), site.Combine("output"));
        var session = new PreviewSession(options, () => DefaultTheme.Create(), site.Combine("theme"));
        void Updated(PreviewUpdate update)
        {
            onUpdate?.Invoke(update);
            Updates.Writer.TryWrite(update);
        }

        _run = Task.Run(() => session.RunAsync(0, build => Builds.Writer.TryWrite(build), Updated, address => _address.TrySetResult(address), _stop.Token));
    }

    /// <summary>The postmortem the serve tests edit, in <see cref="SmallSite"/>.</summary>
    public const string OrdersFile = "postmortems/2024-03-12-orders-slow.md";

    /// <summary>Two incidents and a taxonomy under input/: the smallest site with cross-links and listings.</summary>
    public static TempFolder SmallSite()
    {
        var site = new TempFolder();
        site.Write("input/root-causes.yml", SampleSite.MinimalTaxonomy);
        site.Write("input/" + OrdersFile, SampleSite.Postmortem("Orders slow"));
        site.Write("input/postmortems/2024-04-01-dns.md", SampleSite.Postmortem("DNS down", date: "2024-04-01", category: "network/dns"));
        return site;
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

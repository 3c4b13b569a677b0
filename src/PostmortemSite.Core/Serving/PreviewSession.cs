using System.Diagnostics;
using PostmortemSite.Model;
using PostmortemSite.Rendering;

namespace PostmortemSite.Serving;

/// <summary>What serve does: build, serve, then rebuild and tell open pages whenever the input or theme changes.</summary>
public sealed class PreviewSession
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(60);

    private readonly SiteOptions _options;
    private readonly Func<SiteTheme> _loadTheme;
    private readonly string? _themeDirectory;
    private readonly BuildCache _cache = new();

    /// <param name="loadTheme">Called again when a file under <paramref name="themeDirectory"/> changes.</param>
    public PreviewSession(SiteOptions options, Func<SiteTheme> loadTheme, string? themeDirectory)
    {
        _options = options;
        _loadTheme = loadTheme;
        _themeDirectory = themeDirectory is null ? null : Path.GetFullPath(themeDirectory);
    }

    /// <summary>Builds, serves until cancelled, and reports each build; returns when the server has stopped.</summary>
    public async Task RunAsync(int port, Action<PreviewBuild> onBuild, Action<string> onListening, CancellationToken cancellationToken)
    {
        var theme = _loadTheme();
        var first = await BuildAsync(theme, [], cancellationToken);
        onBuild(first);

        await using var server = new PreviewServer(_options.OutputDirectory, _options.NormalizedBasePath);
        await server.StartAsync(port, cancellationToken);
        server.Publish(first.Result.Diagnostics, first.Result.Failed);
        onListening(server.Address);

        using var watcher = new SiteWatcher(new[] { _options.InputDirectory, _themeDirectory }.OfType<string>());
        try
        {
            while (true)
            {
                var changed = await watcher.WaitForChangesAsync(Quiet, cancellationToken);
                if (_themeDirectory is not null && changed.Any(p => p.StartsWith(_themeDirectory + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
                {
                    theme = _loadTheme();
                }

                var build = await BuildAsync(theme, changed, cancellationToken);
                server.Publish(build.Result.Diagnostics, build.Result.Failed);
                onBuild(build);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C: leaving the loop disposes the watcher and stops the server.
        }
    }

    private async Task<PreviewBuild> BuildAsync(SiteTheme theme, IReadOnlyList<string> changed, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        _cache.Reads.ResetCounts();
        var result = await new SiteBuilder(theme, _cache).BuildAsync(_options, write: true, cancellationToken);
        return new PreviewBuild(result, stopwatch.Elapsed, _cache.Reads.Misses, changed);
    }
}

/// <summary>One build of a preview: its result, how long it took, how many postmortems were parsed, and what triggered it.</summary>
public sealed record PreviewBuild(BuildResult Result, TimeSpan Elapsed, int PostmortemsRead, IReadOnlyList<string> Changed);
